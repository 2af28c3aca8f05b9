package cn.sh.pilot.exchange.transport.inbox;

import cn.sh.pilot.exchange.transport.CompleteFileName;
import cn.sh.pilot.exchange.transport.RecommenderCode;
import cn.sh.pilot.exchange.transport.SiteFolders;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands every complete file that appears in a recommender's inbox to a listener, once.
 *
 * <p>It watches {@code <base>/<code>/inbox/} for each configured folder layout (the SFTP sites and
 * the drop folder), new recommender folders included, with a {@link WatchService}, and rescans
 * everything periodically as a safety net (missed or overflowed events, folders appearing in a
 * race). Only final names ({@code *.zip}) that are regular files are handed on; temporary names
 * ({@code *.part}, leading {@code .}) and symbolic links are ignored.
 *
 * <p>A file is handed on once while it stays where it is: the listener is expected to move it
 * out of the inbox (into the write-once store). A file with the same name that appears again
 * later is a new arrival. If the listener throws, the file is offered again at the next rescan.
 * The listener runs on the watcher's single thread.
 */
public final class InboxWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InboxWatcher.class.getName());

    /** How often everything is rescanned by default. */
    public static final Duration DEFAULT_RESCAN = Duration.ofSeconds(30);

    private final Map<InboxChannel, SiteFolders> layouts;
    private final Consumer<InboxArrival> listener;
    private final Duration rescanInterval;
    private final WatchService watchService;
    private final Map<WatchKey, Watched> watched = new HashMap<>();
    private final Set<Path> handedOn = new HashSet<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** What a watch key stands for: a base folder, a recommender folder or an inbox. */
    private record Watched(InboxChannel channel, String code, Path folder, Depth depth) {
    }

    private enum Depth { BASE, SITE, INBOX }

    private InboxWatcher(Map<InboxChannel, SiteFolders> layouts, Consumer<InboxArrival> listener,
            Duration rescanInterval) throws IOException {
        this.layouts = new LinkedHashMap<>(layouts);
        this.listener = listener;
        this.rescanInterval = rescanInterval;
        this.watchService = layouts.values().iterator().next().base().getFileSystem().newWatchService();
        this.thread = new Thread(this::run, "inbox-watcher");
        thread.setDaemon(true);
    }

    /**
     * Watches the SFTP endpoint's {@code <sftpRoot>/sites/<code>/inbox} and the drop folder
     * {@code <dataDir>/dropbox/<code>/inbox}, rescanning every {@link #DEFAULT_RESCAN}.
     */
    public static InboxWatcher start(Path sftpRoot, Path dataDir, Consumer<InboxArrival> listener) throws IOException {
        Map<InboxChannel, SiteFolders> layouts = new LinkedHashMap<>();
        layouts.put(InboxChannel.SFTP, SiteFolders.sftp(sftpRoot));
        layouts.put(InboxChannel.DROPBOX, SiteFolders.dropbox(dataDir));
        return start(layouts, listener, DEFAULT_RESCAN);
    }

    /** Watches the given layouts; files already present are handed on first. */
    public static InboxWatcher start(Map<InboxChannel, SiteFolders> layouts, Consumer<InboxArrival> listener,
            Duration rescanInterval) throws IOException {
        if (layouts.isEmpty()) {
            throw new IllegalArgumentException("nothing to watch");
        }
        InboxWatcher watcher = new InboxWatcher(layouts, listener, rescanInterval);
        for (SiteFolders layout : layouts.values()) {
            SiteFolders.createPrivateFolders(layout.base());
        }
        watcher.thread.start();
        return watcher;
    }

    @Override
    public void close() throws IOException {
        running = false;
        watchService.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        rescan();
        long nextRescan = System.nanoTime() + rescanInterval.toNanos();
        while (running) {
            try {
                long wait = Math.max(0, nextRescan - System.nanoTime());
                WatchKey key = watchService.poll(wait, TimeUnit.NANOSECONDS);
                if (key != null) {
                    handle(key);
                }
                if (System.nanoTime() - nextRescan >= 0) {
                    rescan();
                    nextRescan = System.nanoTime() + rescanInterval.toNanos();
                }
            } catch (ClosedWatchServiceException | InterruptedException stop) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "inbox watcher: " + e.getMessage(), e);
            }
        }
    }

    private void handle(WatchKey key) {
        Watched what = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (what == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                rescan();
                continue;
            }
            Path child = what.folder().resolve((Path) event.context());
            String name = child.getFileName().toString();
            switch (what.depth()) {
                case BASE -> {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && RecommenderCode.isValid(name)) {
                        watchSite(what.channel(), name);
                    }
                }
                case SITE -> {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && name.equals(SiteFolders.INBOX)) {
                        watchInbox(what.channel(), what.code());
                    }
                }
                case INBOX -> {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                        handedOn.remove(child);
                    } else {
                        offer(what.channel(), what.code(), child);
                    }
                }
            }
        }
        if (!key.reset()) {
            watched.remove(key);
        }
    }

    /** Registers every folder (new ones included), hands on every complete file not yet handed on. */
    private void rescan() {
        handedOn.removeIf(file -> !Files.exists(file, LinkOption.NOFOLLOW_LINKS));
        for (Map.Entry<InboxChannel, SiteFolders> layout : layouts.entrySet()) {
            Path base = layout.getValue().base();
            register(base, new Watched(layout.getKey(), null, base, Depth.BASE));
            try (DirectoryStream<Path> sites = Files.newDirectoryStream(base)) {
                for (Path site : sites) {
                    String code = site.getFileName().toString();
                    if (RecommenderCode.isValid(code) && Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
                        watchSite(layout.getKey(), code);
                    }
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "inbox watcher cannot list " + base, e);
            }
        }
    }

    private void watchSite(InboxChannel channel, String code) {
        SiteFolders layout = layouts.get(channel);
        register(layout.site(code), new Watched(channel, code, layout.site(code), Depth.SITE));
        if (Files.isDirectory(layout.inbox(code), LinkOption.NOFOLLOW_LINKS)) {
            watchInbox(channel, code);
        }
    }

    private void watchInbox(InboxChannel channel, String code) {
        Path inbox = layouts.get(channel).inbox(code);
        register(inbox, new Watched(channel, code, inbox, Depth.INBOX));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox)) {
            for (Path file : files) {
                offer(channel, code, file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "inbox watcher cannot list " + inbox, e);
        }
    }

    private void register(Path folder, Watched what) {
        if (watched.containsValue(what)) {
            return;
        }
        try {
            WatchKey key = folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE);
            watched.put(key, what);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot watch " + folder + " (rescans will still find its files)", e);
        }
    }

    private void offer(InboxChannel channel, String code, Path file) {
        String name = file.getFileName().toString();
        if (!CompleteFileName.isFinal(name) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !handedOn.add(file)) {
            return;
        }
        try {
            listener.accept(new InboxArrival(code, file, channel));
        } catch (RuntimeException e) {
            handedOn.remove(file);
            LOG.log(Level.WARNING, "inbox listener failed on " + file + "; offered again at the next rescan", e);
        }
    }
}
