// PROJ's transformation API and its geodesic routines (C. F. F. Karney's algorithms).
#include <proj.h>
#include <geodesic.h>
