package org.sujarit.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Path;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.sujarit.model.Dimension;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.Project;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.YearBudget;
import org.sujarit.model.edit.provider.PlanEditPlugin;
import org.sujarit.model.edit.provider.labels.PlanLabels;
import org.sujarit.model.io.PlanResources;

/** The edit bundle's labels: complete Thai translations and the official-table label formats. */
class LabelsTest {

	private static Properties load(String name) throws IOException {
		URL url = PlanEditPlugin.INSTANCE.getBaseURL() == null ? null
				: new URL(PlanEditPlugin.INSTANCE.getBaseURL().toString() + name);
		assertNotNull(url);
		Properties p = new Properties();
		try (InputStream in = url.openStream()) {
			// the same reading as ResourceBundle: UTF-8
			PropertyResourceBundle bundle = new PropertyResourceBundle(in);
			for (String key : bundle.keySet()) {
				p.setProperty(key, bundle.getString(key));
			}
		}
		return p;
	}

	@Test
	void everyKeyHasAThaiTranslation() throws IOException {
		Properties en = load("plugin.properties");
		Properties th = load("plugin_th.properties");
		Set<String> missing = new TreeSet<>();
		for (String key : en.stringPropertyNames()) {
			String value = th.getProperty(key);
			if (value == null || value.isBlank()) {
				missing.add(key);
			}
		}
		assertTrue(missing.isEmpty(), "no Thai for " + missing);
		assertTrue(en.size() > 100, "plugin.properties read: " + en.size());
		// Thai comes back intact (UTF-8), and English enum words are polished, not the raw literals
		assertEquals("ดำเนินการแล้วเสร็จ", th.getProperty("_UI_ResultStatus_DONE_literal"));
		assertEquals("รอรายงาน", th.getProperty("_UI_ResultStatus_AWAITING_REPORT_literal"));
		assertEquals("ภารกิจตามมิติ", th.getProperty("_UI_Mission_type"));
		assertEquals("Awaiting report", en.getProperty("_UI_ResultStatus_AWAITING_REPORT_literal"));
		for (String key : en.stringPropertyNames()) {
			if (key.endsWith("_literal")) {
				assertFalse(en.getProperty(key).matches("[a-z]+(-[a-z]+)+"), key + " still shows the raw literal");
			}
		}
	}

	@Test
	void labelsLikeTheOfficialTables() throws Exception {
		Path sample = Path.of(System.getProperty("sujarit.root"), "samples", "phitsanulok-2566-2570.sujarit");
		Plan plan = PlanResources.loadPlan(sample);
		ComposedAdapterFactory factory = new ComposedAdapterFactory(
				ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		try {
			Project p3 = plan.getAllProjects().get(2);
			// through the registered factory (plugin.xml), as every editor gets it
			assertEquals("3) " + p3.getName(), label(factory, p3));
			Dimension d1 = plan.findDimension(1);
			String dimension = label(factory, d1);
			assertTrue(dimension.endsWith(" 1 การสร้างวัฒนธรรมสุจริต"), dimension);
			assertEquals(PlanEditPlugin.INSTANCE.getString("_UI_Dimension_label", new Object[] { "1", d1.getName() }),
					dimension);
			assertEquals("1.1.1 " + d1.getMissions().get(0).getSubMissions().get(0).getName(),
					label(factory, d1.getMissions().get(0).getSubMissions().get(0)));
			assertEquals("2566: 72,240", label(factory, p3.findBudget(2566)));
			String noBudget = label(factory, plan.getAllProjects().get(0).findBudget(2566));
			assertEquals("2566: " + PlanEditPlugin.INSTANCE.getString("_UI_YearBudget_noBudget"), noBudget);
			String unit = label(factory, plan.getUnits().stream().filter(u -> "กองพัสดุฯ".equals(u.getShortName()))
					.findFirst().orElseThrow());
			assertEquals("กองพัสดุและทรัพย์สิน (กองพัสดุฯ)", unit);
		} finally {
			factory.dispose();
		}
	}

	@Test
	void amountsAndStatuses() {
		assertEquals("55,745.00", PlanLabels.amount(new BigDecimal("55745.00")));
		assertEquals("72,240", PlanLabels.amount(new BigDecimal("72240")));
		assertEquals("0.5", PlanLabels.amount(new BigDecimal("0.5")));
		assertEquals(PlanEditPlugin.INSTANCE.getString("_UI_ResultStatus_IN_PROGRESS_literal"),
				PlanLabels.literal(ResultStatus.IN_PROGRESS));
		YearBudget b = PlanFactory.eINSTANCE.createYearBudget();
		b.setFiscalYear(2567);
		assertEquals("2567: -", PlanLabels.text(b), "a year without amount or no-budget mark");
	}

	private static String label(ComposedAdapterFactory factory, Object o) {
		IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(o, IItemLabelProvider.class);
		assertNotNull(provider, "no label provider for " + o);
		return provider.getText(o);
	}
}
