// In-page probe for .ci/check_site.py. Evaluated by Playwright in the loaded
// page (page.evaluate adds no <script> element); returns plain data, decides
// nothing: thresholds and reporting live in Python. `textRoot`, a selector,
// limits the contrast survey to those elements (the opened menus, say).
(textRoot) => {
  const describe = (el) => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += "#" + el.id;
    if (el.classList.length) name += "." + [...el.classList].join(".");
    const parent = el.parentElement;
    if (parent && parent !== document.body) {
      let parentName = parent.tagName.toLowerCase();
      if (parent.classList.length) parentName += "." + [...parent.classList].join(".");
      name = parentName + " > " + name;
    }
    const text = (el.textContent || "").replace(/\s+/g, " ").trim();
    return text ? `${name} "${text.slice(0, 40)}"` : name;
  };

  // Colours: any CSS colour the browser computes, turned into sRGB bytes by
  // painting one pixel, so oklch(), color-mix() and friends are handled too.
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const paint = canvas.getContext("2d", { willReadFrequently: true });
  const colourCache = new Map();
  const rgba = (css) => {
    if (!colourCache.has(css)) {
      paint.clearRect(0, 0, 1, 1);
      paint.fillStyle = "rgba(0, 0, 0, 0)";
      paint.fillStyle = css;
      paint.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data;
      // getImageData un-premultiplies; the alpha keeps the declared transparency.
      const m = /^rgba\(\s*[\d.]+,\s*[\d.]+,\s*[\d.]+,\s*([\d.]+)\s*\)$/.exec(css);
      colourCache.set(css, [r, g, b, m ? parseFloat(m[1]) : a / 255]);
    }
    return colourCache.get(css);
  };
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const luminance = ([r, g, b]) => {
    const lin = (v) => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const hex = (c) => "#" + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");

  // The background an element's text is painted on: its own and its ancestors'
  // background colours composited bottom-up, on the canvas colour. Unknown
  // when an image or gradient lies underneath (axe reports those separately).
  const backgroundOf = (el) => {
    const layers = [];
    for (let node = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.backgroundImage !== "none") return null;
      const colour = rgba(style.backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    let result = layers.length && layers[layers.length - 1][3] >= 1
      ? layers.pop()
      : rgba(getComputedStyle(document.documentElement).colorScheme.includes("dark") &&
             matchMedia("(prefers-color-scheme: dark)").matches ? "#121212" : "#ffffff");
    while (layers.length) result = over(layers.pop(), result);
    return result;
  };
  const opacityOf = (el) => {
    let opacity = 1;
    for (let node = el; node; node = node.parentElement) opacity *= parseFloat(getComputedStyle(node).opacity);
    return opacity;
  };

  const contrast = [];
  const seen = new Set();
  const roots = textRoot ? [...document.querySelectorAll(textRoot)] : [document.body];
  const textNodes = function* () {
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node;
    }
  };
  for (const node of textNodes()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent.trim()) continue;
    seen.add(el);
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true })) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const style = getComputedStyle(el);
    const background = backgroundOf(el);
    if (!background) continue;
    const text = rgba(style.color);
    const foreground = over([text[0], text[1], text[2], text[3] * opacityOf(el)], background);
    const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
    const size = parseFloat(style.fontSize);
    const bold = parseInt(style.fontWeight, 10) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    contrast.push({
      element: describe(el),
      category: el.closest("a") ? "link" : el.closest("th, td, caption") ? "table text" : "body text",
      ratio: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100,
      required: large ? 3 : 4.5,
      foreground: hex(foreground),
      background: hex(background),
    });
  }

  // Overflow: the page must not scroll sideways; name the outermost culprits.
  const width = window.innerWidth;
  const overflowing = [];
  if (document.documentElement.scrollWidth > width) {
    const clipped = (el) => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        if (getComputedStyle(node).overflowX !== "visible") return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.right > width + 0.5 && !clipped(el) && !overflowing.some((o) => o.el.contains(el))) {
        overflowing.push({ el, right: Math.round(rect.right) });
      }
      if (overflowing.length >= 5) break;
    }
  }

  // Resources that were asked for but did not arrive.
  const brokenResources = [];
  for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
    if (!link.sheet) brokenResources.push(`stylesheet ${link.getAttribute("href")}`);
  }
  for (const img of document.images) {
    if (img.complete && img.naturalWidth === 0) brokenResources.push(`image ${img.getAttribute("src")}`);
  }
  for (const face of document.fonts) {
    if (face.status === "error") brokenResources.push(`font ${face.family}`);
  }

  // JavaScript of any kind: script elements, inline handlers, javascript: URLs. The one
  // script allowed is the search (assets/search.js, and the index files search/*.js it loads).
  const isSearch = (el) => /(^|\/)(assets\/search\.js|search\/[a-z0-9/]+\.js)$/.test(el.getAttribute("src") || "");
  const scripts = [...document.querySelectorAll("script")].filter((el) => !isSearch(el)).map(describe);
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) scripts.push(`${describe(el)} has ${attr.name}=`);
      if (/^\s*javascript:/i.test(attr.value)) scripts.push(`${describe(el)} has a javascript: URL`);
    }
  }

  // In-page anchors: every href="#id" must name an element of this page.
  const anchors = [];
  for (const a of document.querySelectorAll("a[href^='#']")) {
    const href = a.getAttribute("href");
    let id = href.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { /* keep it raw */ }
    if (!id) anchors.push(`${describe(a)} links to an empty fragment "#"`);
    else if (!document.getElementById(id)) anchors.push(`${describe(a)} links to ${href}, which is not on this page`);
  }

  // Page structure: language, one h1, the landmarks, named navigation regions.
  const structure = [];
  if (!document.documentElement.getAttribute("lang")) structure.push("<html> has no lang");
  const h1s = document.querySelectorAll("h1").length;
  if (h1s !== 1) structure.push(`${h1s} <h1> elements, not exactly one`);
  for (const [selector, name] of [["main", "<main>"], ["body > header", "page <header>"], ["body > footer", "page <footer>"], ["nav", "<nav>"]]) {
    if (!document.querySelector(selector)) structure.push(`no ${name}`);
  }
  if (document.querySelectorAll("main").length > 1) structure.push("more than one <main>");
  for (const nav of document.querySelectorAll("nav")) {
    if (!nav.getAttribute("aria-label") && !nav.getAttribute("aria-labelledby")) structure.push(`${describe(nav).split(" \"")[0]} has no aria-label`);
  }

  // Header cells without scope: harmless in simple tables, but listed for the table owners.
  const unscopedHeaders = [];
  document.querySelectorAll("table").forEach((table, index) => {
    const count = table.querySelectorAll("th:not([scope])").length;
    if (count) unscopedHeaders.push(`table ${index + 1} has ${count} <th> without scope`);
  });

  // Diagrams (inline SVG in figure.diagram): named by their own <title>, scaled into their
  // figure rather than cut off or spilling out of it, their text selectable.
  const diagrams = [];
  for (const svg of document.querySelectorAll("figure.diagram svg")) {
    const figure = svg.closest("figure");
    const where = describe(figure).split(" \"")[0];
    const label = svg.getAttribute("aria-labelledby");
    const title = label ? document.getElementById(label) : null;
    if (svg.getAttribute("role") !== "img") diagrams.push(`${where}: its svg has no role="img"`);
    if (!title || title.tagName.toLowerCase() !== "title" || !title.textContent.trim()) diagrams.push(`${where}: its svg is not named by its <title>`);
    const box = svg.getBoundingClientRect(), frame = figure.getBoundingClientRect();
    if (box.width > frame.width + 1) diagrams.push(`${where}: its svg is ${Math.round(box.width)}px wide in a ${Math.round(frame.width)}px figure`);
    const text = svg.querySelector("text");
    if (text && getComputedStyle(text).userSelect === "none") diagrams.push(`${where}: its text cannot be selected`);
  }
  // Tables: every cell within the window (a phone shows no scroll bar, and a column boundary
  // on the box edge makes a clipped table look complete), and no table wider than its box.
  // A row laid out as a card (display: block) wraps its cells, so it counts as shown.
  const tables = [];
  document.querySelectorAll("main table").forEach((table, index) => {
    if (!table.checkVisibility()) return;
    const caption = table.caption ? table.caption.textContent.trim() : "";
    const header = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim()).join(" | ");
    const name = `table ${index + 1} "${(caption || header).slice(0, 60)}"`;
    const box = table.parentElement;
    if (box.scrollWidth > box.clientWidth + 1) {
      tables.push({ kind: "box", message: `${name} is ${table.scrollWidth}px wide in a ${box.clientWidth}px box: it scrolls sideways` });
    }
    const hidden = [];
    for (const row of table.rows) {
      if (getComputedStyle(row).display !== "table-row") continue;
      for (const cell of row.cells) {
        const rect = cell.getBoundingClientRect();
        if (rect.right > width + 0.5 || rect.left < -0.5) {
          const label = cell.dataset.label || (table.rows[0].cells[cell.cellIndex] || cell).textContent.trim();
          if (!hidden.includes(label)) hidden.push(label);
        }
      }
    }
    if (hidden.length) {
      tables.push({ kind: "cells", message: `${name} has cells outside the ${width}px window, not shown as cards: ${hidden.slice(0, 6).map((h) => `"${h}"`).join(", ")}` });
    }
  });

  // A heading's "#" link on a line of its own (the last word before it, found in the text
  // nodes, ends on an earlier line), and the page header's height: both matter on phones.
  const loneAnchors = [];
  document.querySelectorAll(":is(h1, h2, h3, h4, h5, h6) > a.anchor").forEach((anchor) => {
    const heading = anchor.parentElement;
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    let last = null, offset = 0;
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (anchor.contains(node)) break;
      for (let i = node.textContent.length - 1; i >= 0; i--) {
        if (!/[\s\u2060]/.test(node.textContent[i])) { last = node; offset = i; break; }
      }
    }
    if (!last) return;
    const range = document.createRange();
    range.setStart(last, offset);
    range.setEnd(last, offset + 1);
    const word = [...range.getClientRects()].pop(), mark = anchor.getClientRects()[0];
    if (word && mark && mark.top >= word.bottom - 2) loneAnchors.push(describe(heading));
  });
  const pageHeader = document.querySelector("body > header");

  return {
    loneAnchors,
    headerHeight: pageHeader ? Math.round(pageHeader.getBoundingClientRect().height) : 0,
    tables,
    structure,
    diagrams,
    unscopedHeaders,
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: width,
    overflowing: overflowing.map((o) => `${describe(o.el)} reaches ${o.right}px`),
    brokenResources,
    scripts,
    anchors,
    contrast,
  };
}
