# StudySite: `make site` builds the site, `make test` runs the tests.
# Both install what is missing first (Debian packages via apt-get when run as root).

SWIFT        ?= swift
CONTENT      ?= content
TEMPLATES    ?= templates
OUTPUT       ?= _site
RELEASE_BIN  := .build/release/studysite
APT_PACKAGES := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev

.PHONY: all site test deps build clean help

all: site

help:
	@echo "make site   build the site into $(OUTPUT)/ (open $(OUTPUT)/index.html)"
	@echo "make test   run the test suite"
	@echo "make clean  remove build products and the built site"

## deps: install the Debian packages the build links against, when missing.
deps:
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "error: swift not found; install Swift 6 from swift.org and put it on PATH" >&2; exit 2; }
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 2; \
	  else \
	    echo "error: missing Debian packages:$$missing" >&2; \
	    echo "Run:  sudo apt-get install -y$$missing" >&2; \
	    exit 2; \
	  fi; \
	fi

build: deps
	$(SWIFT) build -c release --product studysite

site: build
	$(RELEASE_BIN) build $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)

test: deps
	$(SWIFT) test

clean:
	rm -rf .build $(OUTPUT)
