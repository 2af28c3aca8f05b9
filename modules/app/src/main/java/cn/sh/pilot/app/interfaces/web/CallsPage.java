package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.CallCatalogue;
import cn.sh.pilot.app.application.CallView;
import cn.sh.pilot.app.application.ShanghaiTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

@Named
@RequestScoped
public class CallsPage {

    @Inject
    CallCatalogue catalogue;

    private List<CallView> calls;

    public List<CallView> getCalls() {
        if (calls == null) {
            calls = catalogue.all();
        }
        return calls;
    }

    public boolean open(CallView call) {
        return call.openOn(ShanghaiTime.today());
    }
}
