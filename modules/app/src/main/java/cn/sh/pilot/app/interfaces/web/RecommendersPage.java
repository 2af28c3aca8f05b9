package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.RecommenderAdministration;
import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.domain.recommender.RecommenderKind;
import cn.sh.pilot.app.domain.recommender.RecommenderRepository.SortKey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Recommenders, paged, sorted and filtered by kind. A recommender operator sees only its own
 * (the list goes through {@code RecommenderScope}).
 */
@Named
@RequestScoped
public class RecommendersPage {

    @Inject
    RecommenderAdministration administration;

    private Integer page;
    private String sort;
    private String dir;
    private String kind;
    private Pager pager;
    private Sorting<SortKey> sorting;
    private List<Recommender> rows;

    public List<Recommender> getRows() {
        if (rows == null) {
            rows = administration.page(kindFilter(), getSorting().key(), getSorting().ascending(), getPager().getFirst(), Pager.PAGE_SIZE);
        }
        return rows;
    }

    public Pager getPager() {
        if (pager == null) {
            pager = new Pager(page, administration.count(kindFilter()), Pager.PAGE_SIZE);
        }
        return pager;
    }

    public Sorting<SortKey> getSorting() {
        if (sorting == null) {
            sorting = new Sorting<>(SortKey.class, sort, dir, SortKey.CODE);
        }
        return sorting;
    }

    private RecommenderKind kindFilter() {
        for (RecommenderKind k : RecommenderKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    public RecommenderKind[] getKinds() {
        return RecommenderKind.values();
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
