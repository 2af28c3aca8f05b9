package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.UserAdministration;
import cn.sh.pilot.app.domain.user.UserAccount;
import cn.sh.pilot.app.domain.user.UserAccountRepository.SortKey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Administration: the list of accounts, paged and sorted by GET parameters (bookmarkable, no script). */
@Named
@RequestScoped
public class UsersPage {

    @Inject
    UserAdministration administration;

    private Integer page;
    private String sort;
    private String dir;
    private Pager pager;
    private Sorting<SortKey> sorting;
    private List<UserAccount> rows;

    public List<UserAccount> getRows() {
        if (rows == null) {
            rows = administration.page(getSorting().key(), getSorting().ascending(), getPager().getFirst(), Pager.PAGE_SIZE);
        }
        return rows;
    }

    public Pager getPager() {
        if (pager == null) {
            pager = new Pager(page, administration.count(), Pager.PAGE_SIZE);
        }
        return pager;
    }

    public Sorting<SortKey> getSorting() {
        if (sorting == null) {
            sorting = new Sorting<>(SortKey.class, sort, dir, SortKey.USERNAME);
        }
        return sorting;
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
}
