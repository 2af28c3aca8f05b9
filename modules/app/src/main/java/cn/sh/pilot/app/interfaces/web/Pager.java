package cn.sh.pilot.app.interfaces.web;

import java.util.ArrayList;
import java.util.List;

/** Paging arithmetic for list pages (1-based page numbers, clamped to what exists). */
public final class Pager {

    public static final int PAGE_SIZE = 15;

    private final int page;
    private final long total;
    private final int size;

    public Pager(Integer requestedPage, long total, int size) {
        this.total = total;
        this.size = size;
        int pages = pages(total, size);
        int p = requestedPage == null ? 1 : requestedPage;
        this.page = Math.max(1, Math.min(p, pages));
    }

    private static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public int getPage() {
        return page;
    }

    public int getPages() {
        return pages(total, size);
    }

    public long getTotal() {
        return total;
    }

    public int getFirst() {
        return (page - 1) * size;
    }

    public int getSize() {
        return size;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < getPages();
    }

    public int getPrevious() {
        return page - 1;
    }

    public int getNext() {
        return page + 1;
    }

    /** Page numbers to offer as links: up to 7 around the current one. */
    public List<Integer> getNumbers() {
        int from = Math.max(1, page - 3);
        int to = Math.min(getPages(), from + 6);
        from = Math.max(1, to - 6);
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
