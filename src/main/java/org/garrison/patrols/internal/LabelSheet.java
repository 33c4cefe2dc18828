package org.garrison.patrols.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.Pdfs;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A printable A4 sheet of checkpoint labels (three across): each with the checkpoint's QR code (ZXing), its
 * name, code and site. The PDF embeds a subset of a CJK font shipped in the application, so Chinese names
 * print the same on every machine.
 */
@Component
public class LabelSheet {

    static final int MAX_LABELS = 300;



    private static final int COLUMNS = 3;

    private final PatrolSetup setup;

    private final OrganisationManagement organisation;

    LabelSheet(PatrolSetup setup, OrganisationManagement organisation) {
        this.setup = setup;
        this.organisation = organisation;
    }

    /**
     * The labels of the chosen checkpoints (retired ones are left out), as a PDF. A checkpoint the scope does not
     * cover is not found, so no label of another site is printed.
     */
    public byte[] pdf(DataScope scope, List<Long> ids, String title) {
        if (ids.isEmpty()) {
            throw new DomainException("patrol.labels.noneChosen");
        }
        if (ids.size() > MAX_LABELS) {
            throw new DomainException("patrol.labels.tooMany", MAX_LABELS);
        }
        var covered = setup.checkpoints(scope, ids);
        ids.stream().filter(id -> covered.stream().noneMatch(c -> c.getId().equals(id))).findFirst().ifPresent(id -> {
            throw new NotFoundException("patrol.checkpoint", id);
        });
        var chosen = covered.stream().filter(Checkpoint::isActive).toList();
        if (chosen.isEmpty()) {
            throw new DomainException("patrol.labels.noneChosen");
        }
        var siteNames = new HashMap<Long, String>();
        organisation.siteNames(chosen.stream().map(c -> new SiteId(c.getSiteId())).toList())
            .forEach((site, name) -> siteNames.put(site.value(), name));
        return Pdfs.render(html(chosen, siteNames, title));
    }

    static String html(List<Checkpoint> checkpoints, Map<Long, String> siteNames, String title) {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>")
            .append(escape(title))
            .append("</title><style>@page { size: A4; margin: 10mm; } body { font-family: '").append(Pdfs.CJK_FAMILY)
            .append("'; font-size: 10pt; } table { width: 100%; border-collapse: collapse; } td { width: 33%; "
                    + "border: 0.3mm dashed #999; text-align: center; padding: 4mm 2mm; vertical-align: top; } "
                    + "img { width: 38mm; height: 38mm; } .name { font-size: 12pt; font-weight: bold; } "
                    + ".code { font-family: monospace; font-size: 11pt; } .site { color: #555; font-size: 8pt; } "
                    + "tr { page-break-inside: avoid; }</style></head><body><table>");
        for (int i = 0; i < checkpoints.size(); i++) {
            if (i % COLUMNS == 0) {
                html.append("<tr>");
            }
            var c = checkpoints.get(i);
            html.append("<td><img src=\"data:image/png;base64,").append(qr(c.getCode())).append("\"/><div class=\"name\">")
                .append(escape(c.getName())).append("</div><div class=\"code\">").append(escape(c.getCode()))
                .append("</div><div class=\"site\">").append(escape(siteNames.getOrDefault(c.getSiteId(), "")))
                .append("</div></td>");
            if (i % COLUMNS == COLUMNS - 1 || i == checkpoints.size() - 1) {
                html.append("<td></td>".repeat(COLUMNS - 1 - i % COLUMNS)).append("</tr>");
            }
        }
        return html.append("</table></body></html>").toString();
    }

    static String qr(String code) {
        try {
            var matrix = new QRCodeWriter().encode(code, com.google.zxing.BarcodeFormat.QR_CODE, 300, 300,
                    Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            var png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return Base64.getEncoder().encodeToString(png.toByteArray());
        }
        catch (WriterException | IOException ex) {
            throw new IllegalStateException("QR code of " + code, ex);
        }
    }


    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

}
