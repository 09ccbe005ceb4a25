import Hummingbird

/// Turns every failure into a JSON error with its status, so no request sees a stack trace or an
/// empty body: ``APIError`` as it is; an unrouted path as 404, or 405 when the path exists for
/// another method; anything else as 500.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The server's body limit, for a 413 raised below the handlers.
    let maximumBodyBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return JSONResponse.error(error)
        } catch let error as HTTPError where error.status == .notFound {
            let path = request.uri.path
            if let allowed = Endpoints.methods[path] {
                return JSONResponse.error(.methodNotAllowed(method: request.method.rawValue, allowed: allowed))
            }
            return JSONResponse.error(.notFound(path: path))
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            return JSONResponse.error(.bodyTooLarge(limit: maximumBodyBytes))
        } catch let error as any HTTPResponseError where error.status.code < 500 {
            return JSONResponse.error(.badRequest(error.status.reasonPhrase))
        } catch {
            context.logger.error("request failed: \(error)")
            return JSONResponse.error(.internalFailure("an unexpected error; the request was not completed"))
        }
    }
}
