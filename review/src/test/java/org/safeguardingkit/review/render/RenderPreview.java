package org.safeguardingkit.review.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the fixture's page to a file, to look at in a browser: {@code RenderPreview target/preview.html}. */
final class RenderPreview {

    private RenderPreview() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/preview.html");
        Files.writeString(out, HtmlReport.render(RenderFixtures.review(), RenderFixtures.timeline()),
                StandardCharsets.UTF_8);
        System.out.println(out.toAbsolutePath());
    }
}
