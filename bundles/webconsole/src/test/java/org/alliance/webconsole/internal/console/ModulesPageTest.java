package org.alliance.webconsole.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliance.webconsole.internal.modules.Module;
import org.junit.jupiter.api.Test;

class ModulesPageTest {

    private static final String ROOT = "/system/console/alliance-modules";

    @Test
    void aModuleThatIsOffOffersEnable() {
        String html = render(module("alliance-notes", false, false, false, List.of()));

        assertThat(html).contains("<tr data-feature=\"alliance-notes\" data-version=\"1.0.0\">")
                .contains("<span class=\"alliance-off\">Off</span>").contains("data-action=\"enable\">Enable</button>");
    }

    @Test
    void anEnabledModuleOffersDisable() {
        String html = render(module("alliance-notes", true, true, false, List.of()));

        assertThat(html).contains("data-action=\"disable\">Disable</button>");
    }

    @Test
    void aPlatformModuleIsMarkedAndItsDisableButtonSaysWhyItIsOff() {
        String html = render(module("alliance-core", true, true, true, List.of("alliance-web")));

        assertThat(html).contains(">Platform</span>").contains("needed by alliance-web")
                .contains("data-action=\"disable\" disabled title=\"Part of the platform\">");
    }

    @Test
    void textFromFeaturesIsEscaped() {
        Module hostile = new Module("alliance-x", "1.0.0", "X", "<img src=x onerror=alert(1)>", false, false, false,
                List.of(), List.of(), "file:/x\"><script>");

        assertThat(render(hostile)).doesNotContain("<img").doesNotContain("\"><script>")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void thePageCarriesTheTokenAndItsScriptAndStyles() {
        String html = ModulesPage.render(ROOT, "tok\"en", List.of(), null);

        assertThat(html).contains("data-token=\"tok&quot;en\"").contains("<script src=\"" + ROOT + "/res/modules.js\">")
                .contains("href=\"" + ROOT + "/res/modules.css\"").contains("id=\"alliance-add-kar\"")
                .contains("id=\"alliance-add-repository\"");
    }

    @Test
    void aListThatCouldNotBeReadShowsWhy() {
        assertThat(ModulesPage.render(ROOT, "t", List.of(), "Could not list the features: boom"))
                .contains("<div class=\"alliance-error\">Could not list the features: boom</div>");
    }

    private static String render(Module module) {
        return ModulesPage.render(ROOT, "token", List.of(module), null);
    }

    private static Module module(String name, boolean installed, boolean enabled, boolean platform, List<String> neededBy) {
        return new Module(name, "1.0.0", "Title", "Description", installed, enabled, platform, List.of("alliance-core"),
                neededBy, "mvn:org.example/f/1.0/xml/features");
    }
}
