package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.IntakeDesk;
import cn.sh.pilot.app.application.RecommenderScope;
import cn.sh.pilot.app.domain.security.Access;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.infrastructure.persistence.JpaApplicationRepository;
import cn.sh.pilot.intake.infrastructure.persistence.JpaApplicationRepository.SortKey;
import cn.sh.pilot.intake.infrastructure.persistence.JpaApplicationRepository.Summary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/** The site's applications, filtered by state and paged and sorted by GET parameters (bookmarkable, no script). */
@Named
@RequestScoped
public class ApplicationListPage {

    @Inject
    IntakeDesk desk;
    @Inject
    RecommenderScope scope;
    @Inject
    JpaApplicationRepository applications;

    private Integer page;
    private String sort;
    private String dir;
    private String state;
    private Pager pager;
    private Sorting<SortKey> sorting;
    private List<Summary> rows;

    public List<Summary> getRows() {
        if (rows == null) {
            scope.require(desk.recommenderCode(), Access.VIEW);
            rows = applications.page(desk.recommenderCode(), stateFilter(), getSorting().key(), getSorting().ascending(),
                    getPager().getFirst(), Pager.PAGE_SIZE);
        }
        return rows;
    }

    public Pager getPager() {
        if (pager == null) {
            scope.require(desk.recommenderCode(), Access.VIEW);
            pager = new Pager(page, applications.count(desk.recommenderCode(), stateFilter()), Pager.PAGE_SIZE);
        }
        return pager;
    }

    public Sorting<SortKey> getSorting() {
        if (sorting == null) {
            sorting = new Sorting<>(SortKey.class, sort, dir == null && sort == null ? "desc" : dir, SortKey.CREATED);
        }
        return sorting;
    }

    private ApplicationState stateFilter() {
        return Arrays.stream(ApplicationState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
    }

    public List<String> getStates() {
        return Arrays.stream(ApplicationState.values()).map(Enum::name).toList();
    }

    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getDir() { return dir; }
    public void setDir(String dir) { this.dir = dir; }
    public String getState() { return stateFilter() == null ? null : state; }
    public void setState(String state) { this.state = state; }
}
