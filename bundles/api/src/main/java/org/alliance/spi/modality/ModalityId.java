package org.alliance.spi.modality;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for the {@value Modality#ID_PROPERTY} service property:
 * {@code @Component(service = Modality.class) @ModalityId("cbt")}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ModalityId {

    /** Makes the property name {@code alliance.modality.id}. */
    String PREFIX_ = "alliance.";

    /** The modality id: 2 to 40 lower case letters, digits and hyphens, starting with a letter. */
    String value();
}
