package cn.sh.pilot.exchange.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Reads a package's entries into memory and writes entry lists back as ZIPs, for tests that alter packages. */
public final class ZipFiles {

    /** One entry to write: name, bytes, whether stored. */
    public record Item(String name, byte[] bytes, boolean stored) {
        public static Item deflated(String name, byte[] bytes) {
            return new Item(name, bytes, false);
        }

        public static Item stored(String name, byte[] bytes) {
            return new Item(name, bytes, true);
        }
    }

    private ZipFiles() {
    }

    /** Every entry's bytes by name, in order (small test packages only). */
    public static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    /** The entries of a package as items, mimetype stored and everything else deflated. */
    public static List<Item> items(Path zip) throws IOException {
        List<Item> items = new ArrayList<>();
        read(zip).forEach((name, bytes) -> items.add(new Item(name, bytes, name.equals("mimetype"))));
        return items;
    }

    /** Writes items in order with the JDK's ZipOutputStream. */
    public static Path write(Path target, List<Item> items) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Item item : items) {
                ZipEntry e = new ZipEntry(item.name());
                if (item.stored()) {
                    CRC32 crc = new CRC32();
                    crc.update(item.bytes());
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(item.bytes().length);
                    e.setCompressedSize(item.bytes().length);
                    e.setCrc(crc.getValue());
                }
                out.putNextEntry(e);
                out.write(item.bytes());
                out.closeEntry();
            }
        }
        return target;
    }

    /** Unpacks a (trusted, test-made) package into a folder. */
    public static void unpack(Path zip, Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : read(zip).entrySet()) {
            Path target = dir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
    }
}
