package cn.sh.pilot.intake.infrastructure.pdf;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The TrueType CJK font the form is set in, read from a file that a package installs (Debian
 * {@code fonts-wqy-zenhei} by default); nothing is fetched at run time. A collection (.ttc) contributes its first face.
 * Keep it open until the document using it is saved: subsetting reads the font then. Public so the app's other
 * Chinese documents (the municipal annex of approved projects) use the same font, not a copy of this code.
 */
public final class CjkFont implements Closeable {

    private final TrueTypeCollection collection;
    private final TrueTypeFont font;

    private CjkFont(TrueTypeCollection collection, TrueTypeFont font) {
        this.collection = collection;
        this.font = font;
    }

    public static CjkFont open(Path file) throws RefusedException {
        if (!Files.isRegularFile(file)) {
            throw new RefusedException(IntakeError.CJK_FONT_MISSING, file.toString());
        }
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                if (first[0] == null) {
                    collection.close();
                    throw new RefusedException(IntakeError.CJK_FONT_UNUSABLE, file + ": empty collection");
                }
                return new CjkFont(collection, first[0]);
            }
            return new CjkFont(null, new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile())));
        } catch (IOException | RuntimeException e) {
            throw new RefusedException(IntakeError.CJK_FONT_UNUSABLE, file + ": " + e.getMessage(), e);
        }
    }

    public TrueTypeFont trueType() {
        return font;
    }

    @Override
    public void close() throws IOException {
        if (collection != null) {
            collection.close();
        } else {
            font.close();
        }
    }
}
