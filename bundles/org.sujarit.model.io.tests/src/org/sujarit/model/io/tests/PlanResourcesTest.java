package org.sujarit.model.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.model.io.PlanLoadException;
import org.sujarit.model.io.PlanResource;
import org.sujarit.model.io.PlanResourceFactory;
import org.sujarit.model.io.PlanResources;
import org.sujarit.model.io.PlanSaveException;

class PlanResourcesTest {

	private static final Locale THAI = Locale.forLanguageTag("th");

	@TempDir
	Path dir;

	// ------------------------------------------------------------------ round trip

	@Test
	void testPlanSetsEveryFeatureOfTheMetamodel() {
		// otherwise the round trip below would not prove that nothing is lost
		Set<EStructuralFeature> set = new HashSet<>();
		Plan plan = TestPlans.full();
		collectSet(plan, set);
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			collectSet(it.next(), set);
		}
		for (EClassifier c : PlanPackage.eINSTANCE.getEClassifiers()) {
			if (c instanceof EClass ec && !ec.isAbstract()) {
				for (EStructuralFeature f : ec.getEAllStructuralFeatures()) {
					if (f.isChangeable() && !f.isDerived() && !f.isTransient()) {
						assertTrue(set.contains(f), ec.getName() + "." + f.getName() + " is never set by TestPlans");
					}
				}
			}
		}
	}

	private static void collectSet(EObject o, Set<EStructuralFeature> set) {
		for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
			if (o.eIsSet(f)) {
				set.add(f);
			}
		}
	}

	@Test
	void roundTripLosesNothing() throws Exception {
		Plan plan = TestPlans.full();
		Path file = dir.resolve("full.sujarit");
		PlanResources.save(plan, file);
		Plan loaded = PlanResources.loadPlan(file);
		assertTrue(new EcoreUtil.EqualityHelper().equals(plan, loaded), "round trip changed the plan");
		// and the loaded copy writes the same bytes
		Path again = dir.resolve("again.sujarit");
		PlanResources.save(loaded, again);
		assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text.substring(0, 60));
		assertTrue(text.contains("มาตรการ “หนึ่ง”"), "Thai stays readable UTF-8, not escaped");
		assertFalse(text.contains("\r"), "fixed \\n line delimiter");
	}

	@Test
	void sameplanSameBytes() throws Exception {
		Path a = dir.resolve("a.sujarit");
		Path b = dir.resolve("b.sujarit");
		PlanResources.save(TestPlans.full(), a);
		PlanResources.save(TestPlans.full(), b);
		assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
	}

	@Test
	void missingIdsAreAssignedBeforeSaveAndExistingOnesKept() throws Exception {
		Plan plan = TestPlans.full();
		Project p3 = PlanFactory.eINSTANCE.createProject();
		p3.setSeq(1); // same seq as p1: p1 gets "p1", p3 the next free number
		plan.getDimensions().get(0).getProjects().add(p3);
		Project dup = PlanFactory.eINSTANCE.createProject();
		dup.setId("custom-id"); // duplicate of p2's id
		dup.setSeq(9);
		plan.getDimensions().get(0).getProjects().add(dup);
		PlanResources.save(plan, dir.resolve("ids.sujarit"));
		List<Project> all = plan.getAllProjects();
		Set<String> ids = new HashSet<>();
		for (Project p : all) {
			assertNotNull(p.getId());
			assertTrue(ids.add(p.getId()), "duplicate id " + p.getId());
			assertTrue(p.getId().matches("p\\d+") || p.getId().equals("custom-id"), p.getId());
		}
		assertEquals("custom-id", all.stream().filter(p -> p.getSeq() == 2).findFirst().get().getId());
		// document order: the dimension's own projects come before the sub-mission's, so p3 takes "p1"
		assertEquals("p1", p3.getId());
		assertEquals("p2", all.stream().filter(p -> p.getName() != null && p.getName().startsWith("มาตรการ"))
				.findFirst().get().getId());
		assertEquals("p9", dup.getId());
		plan.getUnits().forEach(u -> assertNotNull(u.getId()));
		assertEquals("u-fixed", plan.getUnits().get(0).getSubUnits().get(1).getId());
		// references resolve to the same objects after loading
		Plan loaded = PlanResources.loadPlan(dir.resolve("ids.sujarit"));
		assertTrue(new EcoreUtil.EqualityHelper().equals(plan, loaded));
	}

	@Test
	void unknownContentIsKeptOnSave() throws Exception {
		Path file = dir.resolve("newer.sujarit");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<plan:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:plan="http://sujarit.org/plan/1.0" title="t" fromTheFuture="kept">
				  <dimensions code="1" colour="green">
				    <futureChild note="also kept"/>
				  </dimensions>
				</plan:Plan>
				""");
		ResourceSet rs = PlanResources.newResourceSet();
		Resource r = PlanResources.load(rs, file);
		assertEquals("t", ((Plan) r.getContents().get(0)).getTitle());
		PlanResources.save(r);
		String saved = Files.readString(file);
		assertTrue(saved.contains("fromTheFuture=\"kept\""), saved);
		assertTrue(saved.contains("colour=\"green\""), saved);
		assertTrue(saved.contains("note=\"also kept\""), saved);
	}

	@Test
	void contentOfUninstalledModelsIsKeptOnSave() throws Exception {
		// e.g. a plug-in's extension objects in a plan opened where that plug-in is not installed
		Path file = dir.resolve("plugin.sujarit");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<plan:Plan xmi:version=\"2.0\""
				+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
				+ " xmlns:plan=\"http://sujarit.org/plan/1.0\" xmlns:ext=\"urn:sujarit-test-extension\" title=\"t\">"
				+ "<units xsi:type=\"ext:SpecialUnit\" name=\"x\" extra=\"1\"/><ext:Note text=\"hi\"/></plan:Plan>\n");
		ResourceSet rs = PlanResources.newResourceSet();
		Resource r = PlanResources.load(rs, file);
		assertTrue(((Plan) r.getContents().get(0)).getUnits().isEmpty(), "the unknown unit type is not guessed");
		PlanResources.save(r);
		String saved = Files.readString(file);
		assertTrue(saved.contains("urn:sujarit-test-extension"), saved);
		assertTrue(saved.contains(":SpecialUnit\" name=\"x\" extra=\"1\""), saved);
		assertTrue(saved.contains(":Note text=\"hi\""), saved);
	}

	// ------------------------------------------------------------------ refusing bad files

	@Test
	void doctypeAndExternalEntitiesAreRefused() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
		Path file = dir.resolve("xxe.sujarit");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY e SYSTEM \"" + secret.toUri()
				+ "\">]>\n<plan:Plan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:plan=\"http://sujarit.org/plan/1.0\" title=\"&e;\"/>\n");
		PlanLoadException e = assertThrows(PlanLoadException.class, () -> PlanResources.loadPlan(file));
		assertEquals(PlanLoadException.Problem.DOCTYPE_REFUSED, e.getProblem());
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
		assertFalse(e.getMessage().contains("TOP-SECRET"));
		assertTrue(e.getMessage(THAI).contains("ไม่เปิดไฟล์"), e.getMessage(THAI));

		// a DOCTYPE without entities is refused too, also through a plain EMF resource set using the registry
		Path plain = Files.writeString(dir.resolve("plain.sujarit"), "<?xml version=\"1.0\"?>\n<!DOCTYPE x>\n"
				+ "<plan:Plan xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:plan=\"http://sujarit.org/plan/1.0\"/>");
		assertEquals(PlanLoadException.Problem.DOCTYPE_REFUSED,
				assertThrows(PlanLoadException.class, () -> PlanResources.loadPlan(plain)).getProblem());
		ResourceSet rs = PlanResources.newResourceSet();
		Resource r = rs.createResource(URI.createFileURI(file.toString()));
		assertInstanceOf(PlanResource.class, r);
		assertThrows(IOException.class, () -> r.load(null));
	}

	@Test
	void truncatedFilesGiveAClearError() throws Exception {
		Path good = dir.resolve("good.sujarit");
		PlanResources.save(TestPlans.full(), good);
		byte[] bytes = Files.readAllBytes(good);
		for (int cut : new int[] { 10, bytes.length / 3, bytes.length / 2, bytes.length - 5 }) {
			Path bad = dir.resolve("cut-" + cut + ".sujarit");
			Files.write(bad, java.util.Arrays.copyOf(bytes, cut));
			ResourceSet rs = PlanResources.newResourceSet();
			PlanLoadException e = assertThrows(PlanLoadException.class, () -> PlanResources.load(rs, bad));
			assertEquals(PlanLoadException.Problem.MALFORMED, e.getProblem(), "cut at " + cut);
			assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
			assertTrue(e.getMessage().contains("damaged or incomplete"), e.getMessage());
			assertTrue(e.getLine() > 0, "the position is reported");
			assertTrue(e.getMessage(THAI).contains("เสียหายหรือไม่สมบูรณ์"), e.getMessage(THAI));
			assertTrue(rs.getResources().isEmpty(), "nothing half-loaded is left in the resource set");
		}
	}

	@Test
	void corruptedContentGivesAClearError() throws Exception {
		Path garbage = Files.write(dir.resolve("garbage.sujarit"), new byte[] { 0x50, 0x4b, 0x03, 0x04, 0, 1, 2 });
		assertEquals(PlanLoadException.Problem.MALFORMED,
				assertThrows(PlanLoadException.class, () -> PlanResources.loadPlan(garbage)).getProblem());
		Path badValue = Files.writeString(dir.resolve("value.sujarit"), "<?xml version=\"1.0\"?>\n"
				+ "<plan:Plan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:plan=\"http://sujarit.org/plan/1.0\" firstYear=\"two thousand\"/>");
		PlanLoadException e = assertThrows(PlanLoadException.class, () -> PlanResources.loadPlan(badValue));
		assertEquals(PlanLoadException.Problem.MALFORMED, e.getProblem());
		assertTrue(e.getMessage().contains("two thousand"), e.getMessage());
		Path empty = Files.write(dir.resolve("empty.sujarit"), new byte[0]);
		assertEquals(PlanLoadException.Problem.EMPTY,
				assertThrows(PlanLoadException.class, () -> PlanResources.loadPlan(empty)).getProblem());
		Path missing = dir.resolve("missing.sujarit");
		e = assertThrows(PlanLoadException.class, () -> PlanResources.loadPlan(missing));
		assertEquals(PlanLoadException.Problem.NOT_FOUND, e.getProblem());
		assertTrue(e.getMessage(THAI).contains("ไม่พบไฟล์"), e.getMessage(THAI));
	}

	@Test
	void aFileThatIsNotAPlanIsRefused() throws Exception {
		Path ecore = Files.writeString(dir.resolve("model.sujarit"), "<?xml version=\"1.0\"?>\n"
				+ "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"x\"/>");
		PlanLoadException e = assertThrows(PlanLoadException.class, () -> PlanResources.loadPlan(ecore));
		assertEquals(PlanLoadException.Problem.NOT_A_PLAN, e.getProblem());
		assertTrue(e.getMessage().contains("EPackage"), e.getMessage());
		Path foreign = Files.writeString(dir.resolve("foreign.sujarit"), "<?xml version=\"1.0\"?>\n"
				+ "<x:Thing xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:x=\"urn:unknown\"/>");
		assertEquals(PlanLoadException.Problem.NOT_A_PLAN,
				assertThrows(PlanLoadException.class, () -> PlanResources.loadPlan(foreign)).getProblem());
	}

	@Test
	void messagesFollowTheDefaultLocale() {
		Path missing = dir.resolve("none.sujarit");
		PlanLoadException e = assertThrows(PlanLoadException.class, () -> PlanResources.loadPlan(missing));
		Locale saved = Locale.getDefault();
		try {
			Locale.setDefault(THAI);
			assertTrue(e.getLocalizedMessage().contains("เปิดไฟล์แผน"), e.getLocalizedMessage());
			Locale.setDefault(Locale.US);
			assertTrue(e.getLocalizedMessage().startsWith("Cannot open the plan file"), e.getLocalizedMessage());
		} finally {
			Locale.setDefault(saved);
		}
		assertTrue(e.getMessage().startsWith("Cannot open the plan file"), "getMessage() is always English");
	}

	// ------------------------------------------------------------------ atomic save

	@Test
	void interruptedSaveLeavesThePreviousFileIntact() throws Exception {
		Path file = dir.resolve("plan.sujarit");
		Plan original = TestPlans.full();
		PlanResources.save(original, file);
		byte[] before = Files.readAllBytes(file);

		// the same plan, changed, in a resource whose output breaks after 500 bytes (a full disk, a crash)
		Plan changed = TestPlans.full();
		changed.setTitle("เปลี่ยนแล้ว");
		Resource failing = new PlanResource(URI.createFileURI(file.toString())) {
			@Override
			public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
				super.doSave(new FailAfter(out, 500), options);
			}
		};
		failing.getContents().add(changed);
		PlanSaveException e = assertThrows(PlanSaveException.class, () -> PlanResources.save(failing));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("unchanged"), e.getMessage());
		assertTrue(e.getMessage(THAI).contains("ไฟล์เดิมยังอยู่ครบ"), e.getMessage(THAI));

		assertArrayEquals(before, Files.readAllBytes(file), "the previous file must be intact");
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
		}
		assertEquals(original.getTitle(), PlanResources.loadPlan(file).getTitle());

		// EMF's plain save (an editor's save action) is just as atomic
		assertThrows(IOException.class, () -> failing.save(null));
		assertArrayEquals(before, Files.readAllBytes(file), "the previous file must be intact");

		// and a working save replaces it
		failing.getContents().remove(changed);
		PlanResources.save(changed, file);
		assertNotEquals(before.length, Files.readAllBytes(file).length);
		assertEquals("เปลี่ยนแล้ว", PlanResources.loadPlan(file).getTitle());
	}

	@Test
	void plainEmfSaveAssignsIdsAndWritesTheSameBytes() throws Exception {
		Path viaUtility = dir.resolve("a.sujarit");
		PlanResources.save(TestPlans.full(), viaUtility);
		Path viaEmf = dir.resolve("b.sujarit");
		Resource r = PlanResources.newResourceSet().createResource(URI.createFileURI(viaEmf.toString()));
		Plan plan = TestPlans.full();
		r.getContents().add(plan);
		r.save(null);
		assertNotNull(plan.getAllProjects().get(0).getId());
		assertArrayEquals(Files.readAllBytes(viaUtility), Files.readAllBytes(viaEmf));
	}

	@Test
	void saveIntoANewFolderAndResetsModified() throws Exception {
		Path file = dir.resolve("new/folder/plan.sujarit");
		Plan plan = TestPlans.full();
		PlanResources.save(plan, file);
		plan.eResource().setModified(true);
		PlanResources.save(plan.eResource());
		assertFalse(plan.eResource().isModified());
		assertTrue(Files.size(file) > 0);
	}

	/** Writes through until a byte budget is spent, then fails like a full disk. */
	private static final class FailAfter extends FilterOutputStream {
		private int left;

		FailAfter(OutputStream out, int bytes) {
			super(out);
			this.left = bytes;
		}

		@Override
		public void write(int b) throws IOException {
			if (left-- <= 0) {
				throw new IOException("No space left on device (simulated)");
			}
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int i = 0; i < len; i++) {
				write(b[off + i]);
			}
		}
	}

	// ------------------------------------------------------------------ registration

	@Test
	void factoryRegisteredForTheExtension() {
		// through the extension point under OSGi, through newResourceSet() anywhere
		Resource.Factory viaRegistry = new ResourceSetImpl().getResourceFactoryRegistry()
				.getFactory(URI.createFileURI("/tmp/x.sujarit"));
		assertInstanceOf(PlanResourceFactory.class, viaRegistry);
		Resource.Factory local = PlanResources.newResourceSet().getResourceFactoryRegistry()
				.getFactory(URI.createFileURI("/tmp/x.sujarit"));
		assertInstanceOf(PlanResourceFactory.class, local);
	}
}
