/**
 * Printable documents (record exports, letters, licensure logs) described as plain data and
 * rendered by core, so modules never depend on a PDF library and every document of the practice
 * looks the same: practice name in the header, page numbers and the confidentiality notice in
 * the footer.
 */
@Export
@Version("1.0.0")
package org.alliance.api.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
