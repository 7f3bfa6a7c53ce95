"""Contrast of text against what is really painted behind it, measured in the browser.

axe-core leaves text it cannot place on a background as "needs review" and reports no
violation: the header's red link on the red header passed it. This walks up from each
element to the first ancestor with an opaque background and computes WCAG's ratio
itself, for the text and for the focus outline.
"""

SCRIPT = """
(selector) => {
  const parse = (value) => {
    const m = value.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const parts = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return {r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1};
  };
  const channel = (c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  const ratio = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const background = (element) => {
    for (let node = element; node; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color && color.a >= 0.99) return color;
    }
    return {r: 255, g: 255, b: 255, a: 1};
  };
  const found = [];
  for (const element of document.querySelectorAll(selector)) {
    if (!element.offsetParent && getComputedStyle(element).position !== 'fixed') continue;
    const text = element.innerText.trim();
    if (!text) continue;
    const behind = background(element);
    const fg = parse(getComputedStyle(element).color);
    found.push({text: text.slice(0, 40), kind: 'text', ratio: ratio(fg, behind)});
    if (element.matches('a, button, input')) {
      element.focus();
      const style = getComputedStyle(element);
      const outline = parse(style.outlineColor);
      const width = parseFloat(style.outlineWidth) || 0;
      if (style.outlineStyle !== 'none' && width > 0 && outline) {
        // The outline is drawn around the element, on what is behind the element.
        const around = background(element.parentElement);
        found.push({text: text.slice(0, 40), kind: 'focus outline', ratio: ratio(outline, around)});
      }
      element.blur();
    }
  }
  return found;
}
"""


def low_contrast(page, selector, minimum=4.5, focus_minimum=3.0):
    """Lines describing each element under ``selector`` whose contrast is too low."""
    problems = []
    for item in page.evaluate(SCRIPT, selector):
        floor = minimum if item["kind"] == "text" else focus_minimum
        if item["ratio"] < floor:
            problems.append(f"{item['kind']} of “{item['text']}”: {item['ratio']:.2f}:1")
    return problems
