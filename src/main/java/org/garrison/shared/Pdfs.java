package org.garrison.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;

/**
 * Printable documents (label sheets, register forms) as PDF from XHTML, with the shipped CJK font embedded so that
 * Chinese text prints on any machine: a page's CSS names the font as {@link #CJK_FAMILY}.
 */
public final class Pdfs {

    /** The font family to name in a document's CSS for Chinese text. */
    public static final String CJK_FAMILY = "garrison-cjk";

    private static final String CJK_FONT = "fonts/DroidSansFallbackFull.ttf";

    private Pdfs() {
    }

    /** Renders a well-formed XHTML document to PDF. */
    public static byte[] render(String xhtml) {
        var pdf = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> {
                try {
                    return new ClassPathResource(CJK_FONT).getInputStream();
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }, CJK_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return pdf.toByteArray();
    }

}
