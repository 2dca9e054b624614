package org.alliance.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Role;
import org.alliance.spi.web.DashboardCard;
import org.alliance.spi.web.WebPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContributionRulesTest {

    private static final Actor THERAPIST = new Actor(UUID.randomUUID(), "tom", "Tom", Set.of(Role.THERAPIST));
    private static final Actor ADMIN = new Actor(UUID.randomUUID(), "ada", "Ada", Set.of(Role.ADMIN));

    static WebPage page(String id, String path, String script, int order, Set<Role> roles) {
        return new WebPage() {
            public String id() { return id; }
            public String title() { return "Title of " + id; }
            public String path() { return path; }
            public Set<Role> roles() { return roles; }
            public String script() { return script; }
            public int order() { return order; }
        };
    }

    static WebPage page(String id, int order, Set<Role> roles) {
        return page(id, "/" + id, "/ui/" + id + "/page.js", order, roles);
    }

    @Test
    void aWellFormedPageIsAcceptedWithItsModuleName() {
        Contribution c = ContributionRules.page(page("scheduling", 200, Set.of(Role.THERAPIST)), "Scheduling");

        assertThat(c.path()).isEqualTo("/scheduling");
        assertThat(c.module()).isEqualTo("Scheduling");
        assertThat(c.navigation()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v2", "/ui", "/system/console/x", "/setup", "/login", "scheduling", "/Scheduling",
        "/a b", "/", "/x/../y"})
    void aPageOnAReservedOrMalformedPathIsRefused(String path) {
        assertThatThrownBy(() -> ContributionRules.page(page("x", path, "/ui/x/page.js", 1, Set.of()), "X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://cdn.example.org/evil.js", "/ui/x/../../api/x.js", "/other/page.js",
        "/ui/x/page.css", "javascript:alert(1)"})
    void aScriptFromAnywhereButTheModulesUiFolderIsRefused(String script) {
        assertThatThrownBy(() -> ContributionRules.page(page("x", "/x", script, 1, Set.of()), "X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("script");
    }

    @Test
    void aCardWithoutATitleIsRefused() {
        DashboardCard untitled = new DashboardCard() {
            public String id() { return "x.card"; }
            public String title() { return " "; }
            public Set<Role> roles() { return Set.of(); }
            public String script() { return "/ui/x/card.js"; }
            public int order() { return 1; }
        };

        assertThatThrownBy(() -> ContributionRules.card(untitled, "X")).hasMessageContaining("no title");
    }

    @Test
    void aUserSeesPagesForTheirRolesAndPagesForEveryoneInOrder() {
        List<Contribution> all = List.of(
                ContributionRules.page(page("audit", 910, Set.of(Role.ADMIN)), "Web app"),
                ContributionRules.page(page("notes", 300, Set.of(Role.THERAPIST, Role.INTERN)), "Notes"),
                ContributionRules.page(page("clients", 100, Set.of()), "Web app"));

        assertThat(ContributionRules.visible(all, THERAPIST, Contribution::path)).extracting(Contribution::id)
                .containsExactly("clients", "notes");
        assertThat(ContributionRules.visible(all, ADMIN, Contribution::path)).extracting(Contribution::id)
                .containsExactly("clients", "audit");
    }

    @Test
    void ofTwoPagesClaimingOnePathTheFirstWinsEvenWhenTheUserCannotSeeIt() {
        List<Contribution> all = List.of(
                ContributionRules.page(page("first", "/calendar", "/ui/a/page.js", 1, Set.of(Role.ADMIN)), "A"),
                ContributionRules.page(page("second", "/calendar", "/ui/b/page.js", 1, Set.of()), "B"));

        assertThat(ContributionRules.visible(all, ADMIN, Contribution::path)).extracting(Contribution::id)
                .containsExactly("first");
        assertThat(ContributionRules.visible(all, THERAPIST, Contribution::path)).isEmpty();
    }
}
