package org.sujarit.framework.tests;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.FrameworkUtil;
import org.sujarit.framework.FrameworkRegistry;

/** Builds private extension registries with made-up contributors, files taken from this bundle's data/ folder. */
final class TestRegistries {

	private final Object masterToken = new Object();
	private final IExtensionRegistry registry = RegistryFactory.createRegistry(null, masterToken, null);

	TestRegistries() {
		add("org.sujarit.framework", "<extension-point id=\"frameworks\" name=\"frameworks\"/>");
	}

	/** Adds {@code body} (extension elements) as plugin.xml of a plug-in named {@code contributor}. */
	TestRegistries add(String contributor, String body) {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><plugin>" + body + "</plugin>";
		boolean ok = registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
				ContributorFactorySimple.createContributor(contributor), false, contributor, null, masterToken);
		if (!ok) {
			throw new IllegalStateException("contribution of " + contributor + " refused");
		}
		return this;
	}

	FrameworkRegistry frameworks() {
		return FrameworkRegistry.of(registry, TestRegistries::entry);
	}

	private static URL entry(String contributor, String path) {
		return FrameworkUtil.getBundle(TestRegistries.class).getEntry("data/" + path);
	}

	static String framework(String id, String version, String structure, String catalogue) {
		return "<extension point=\"org.sujarit.framework.frameworks\"><framework id=\"" + id + "\" version=\"" + version
				+ "\" name=\"กรอบทดสอบ\" nameEn=\"Test framework\" firstYear=\"2566\" lastYear=\"2570\" structure=\""
				+ structure + "\"" + (catalogue == null ? "" : " catalogue=\"" + catalogue + "\"") + "/></extension>";
	}

	static String dimension(String frameworkId, String structure, String catalogue) {
		return "<extension point=\"org.sujarit.framework.frameworks\"><dimension frameworkId=\"" + frameworkId
				+ "\" structure=\"" + structure + "\"" + (catalogue == null ? "" : " catalogue=\"" + catalogue + "\"")
				+ "><ePackage nsURI=\"http://example.org/extra\"/></dimension></extension>";
	}
}
