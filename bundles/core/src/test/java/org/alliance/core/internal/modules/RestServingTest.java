package org.alliance.core.internal.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

class RestServingTest {

    private final Bundle bundle = mock(Bundle.class);
    private final JaxrsServiceRuntime jaxrs = mock(JaxrsServiceRuntime.class);
    private final RuntimeDTO runtime = new RuntimeDTO();

    RestServingTest() {
        ApplicationDTO app = new ApplicationDTO();
        app.serviceId = 1;
        ResourceDTO served = new ResourceDTO();
        served.serviceId = 10;
        app.resourceDTOs = new ResourceDTO[] {served};
        app.extensionDTOs = new ExtensionDTO[0];
        FailedResourceDTO rejected = new FailedResourceDTO();
        rejected.serviceId = 11;
        runtime.applicationDTOs = new ApplicationDTO[] {app};
        runtime.failedApplicationDTOs = new org.osgi.service.jaxrs.runtime.dto.FailedApplicationDTO[0];
        runtime.failedResourceDTOs = new FailedResourceDTO[] {rejected};
        runtime.failedExtensionDTOs = new org.osgi.service.jaxrs.runtime.dto.FailedExtensionDTO[0];
        when(jaxrs.getRuntimeDTO()).thenReturn(runtime);
        ServiceReference<?>[] registered = {
            resource(10, "served"), resource(11, "rejected"), resource(12, "lost"), plainService(13)};
        when(bundle.getRegisteredServices()).thenReturn(registered);
    }

    private static ServiceReference<?> resource(long id, String name) {
        ServiceReference<?> ref = mock(ServiceReference.class);
        when(ref.getProperty("osgi.jaxrs.resource")).thenReturn("true");
        when(ref.getProperty(Constants.SERVICE_ID)).thenReturn(id);
        when(ref.getProperty("component.name")).thenReturn(name);
        return ref;
    }

    private static ServiceReference<?> plainService(long id) {
        ServiceReference<?> ref = mock(ServiceReference.class);
        when(ref.getProperty(Constants.SERVICE_ID)).thenReturn(id);
        return ref;
    }

    @Test
    void unservedListsRejectedAndLostResourcesButNotOtherServices() {
        assertThat(RestServing.unserved(bundle, jaxrs)).containsExactly("rejected", "lost");
    }

    @Test
    void onlyResourcesTheWhiteboardLostTrackOfAreUnknown() {
        assertThat(RestServing.unknown(bundle, jaxrs)).containsExactly("lost");
    }

    @Test
    void aWhiteboardThatCannotDescribeItselfIsReportedNotThrown() {
        when(jaxrs.getRuntimeDTO()).thenThrow(new NullPointerException("array"));
        assertThatThrownBy(() -> RestServing.unserved(bundle, jaxrs)).isInstanceOf(IllegalStateException.class);
    }
}
