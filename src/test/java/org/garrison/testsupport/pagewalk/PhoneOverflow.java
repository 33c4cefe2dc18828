package org.garrison.testsupport.pagewalk;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Page;

/**
 * Whether the page shown in Chromium is wider than its viewport (a phone's 360 px): the document scrolls sideways,
 * or an element reaches past the right edge where no scrolling box around it (such as Bootstrap's
 * {@code .table-responsive}) holds it. Names the outermost such elements: a wide table in a scrolling box is fine, a
 * visually hidden label positioned out of that box is not.
 */
public final class PhoneOverflow {

    /** A phone's screen in CSS pixels. */
    public static final int WIDTH = 360;

    public static final int HEIGHT = 640;

    private static final String MEASURE = """
            () => {
              const width = document.documentElement.clientWidth;
              // Whether a box of an ancestor that scrolls or clips holds the element: only one that contains it does,
              // so an absolutely positioned element escapes every box up to its positioned containing block.
              const held = element => {
                const position = getComputedStyle(element).position;
                let escaping = position === 'absolute';
                if (position === 'fixed') return false;
                for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
                  const style = getComputedStyle(up);
                  if (escaping && style.position === 'static') continue;
                  if (style.overflowX !== 'visible') return true;
                  if (style.position === 'fixed') return false;
                  escaping = style.position === 'absolute';
                }
                return false;
              };
              const reaches = element => {
                const box = element.getBoundingClientRect();
                return box.width > 0 && box.height > 0 && box.right > width + 0.5;
              };
              const past = element => reaches(element) && !held(element);
              const name = element => {
                const box = element.getBoundingClientRect();
                const classes = [...element.classList].slice(0, 3).map(c => '.' + c).join('');
                const text = (element.innerText || element.value || '').replace(/\\s+/g, ' ').trim().slice(0, 50);
                return element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + classes
                    + ' (right edge ' + Math.round(box.right) + ' px) "' + text + '"';
              };
              const outermost = [];
              for (const element of document.body.querySelectorAll('*')) {
                if (past(element) && !(element.parentElement !== document.body && past(element.parentElement))) {
                  outermost.push(name(element));
                }
              }
              if (outermost.length === 0 && document.documentElement.scrollWidth > width) {
                // No box reaches past the edge, so content spills out of one (a long word, a wide image): name the
                // innermost elements whose content or box does.
                const spills = element => getComputedStyle(element).overflowX === 'visible'
                    && element.getBoundingClientRect().left + element.scrollWidth > width + 0.5;
                const wide = element => reaches(element) || spills(element);
                for (const element of document.body.querySelectorAll('*')) {
                  if (wide(element) && ![...element.children].some(wide)) {
                    outermost.push(name(element) + ' (its content)');
                  }
                }
              }
              return { width: width, scrollWidth: document.documentElement.scrollWidth, elements: outermost };
            }""";

    private PhoneOverflow() {
    }

    /** The overflow of the page shown, as an {@code OVERFLOW} defect naming up to three elements; none if it fits. */
    public static Optional<Defect> of(Page page) {
        @SuppressWarnings("unchecked")
        var measured = (Map<String, Object>) page.evaluate(MEASURE);
        int width = ((Number) measured.get("width")).intValue();
        int scrollWidth = ((Number) measured.get("scrollWidth")).intValue();
        @SuppressWarnings("unchecked")
        var elements = (List<String>) measured.get("elements");
        if (scrollWidth <= width && elements.isEmpty()) {
            return Optional.empty();
        }
        String past = elements.isEmpty() ? "no single element"
                : String.join("; ", elements.subList(0, Math.min(3, elements.size())))
                        + (elements.size() > 3 ? "; and " + (elements.size() - 3) + " more" : "");
        return Optional.of(new Defect("OVERFLOW", "", scrollWidth + " px",
                "page " + scrollWidth + " px wide at a " + width + " px viewport; past the edge: " + past));
    }

}
