package org.sujarit.emf.ui.tests;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.sujarit.emf.ui.domain.EditingDomains;
import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.YearBudget;

/** A small plan (2 dimensions, 2 missions, 3 projects, 2 units) inside an editing domain, for bridge tests. */
final class TestPlans {

	final AdapterFactoryEditingDomain domain = EditingDomains.create(EditingDomains.registeredAdapterFactory(), null);
	final Plan plan;
	final Dimension d1, d2;
	final Mission m11, m21;
	final Project p1, p2, p3;
	final OrganizationUnit u1, u2;

	TestPlans() {
		PlanFactory f = PlanFactory.eINSTANCE;
		plan = f.createPlan();
		plan.setTitle("แผนทดสอบ");
		plan.setFirstYear(2566);
		plan.setLastYear(2570);
		u1 = unit(f, "u1", "สำนักปลัด");
		u2 = unit(f, "u2", "กองคลัง");
		plan.getUnits().add(u1);
		plan.getUnits().add(u2);
		d1 = f.createDimension();
		d1.setCode("1");
		d1.setName("การสร้างวัฒนธรรมสุจริต");
		d2 = f.createDimension();
		d2.setCode("2");
		d2.setName("การบริหารราชการเพื่อป้องกันการทุจริต");
		plan.getDimensions().add(d1);
		plan.getDimensions().add(d2);
		m11 = f.createMission();
		m11.setCode("1.1");
		m11.setName("ภารกิจ 1.1");
		d1.getMissions().add(m11);
		m21 = f.createMission();
		m21.setCode("2.1");
		m21.setName("ภารกิจ 2.1");
		d2.getMissions().add(m21);
		p1 = project(f, "p1", 1, "โครงการอบรมคุณธรรม");
		p2 = project(f, "p2", 2, "มาตรการเปิดเผยข้อมูล");
		p3 = project(f, "p3", 3, "กิจกรรมประกาศเจตจำนง");
		m11.getProjects().add(p1);
		m11.getProjects().add(p2);
		m21.getProjects().add(p3);
		YearBudget b = f.createYearBudget();
		b.setFiscalYear(2566);
		b.setAmount(new BigDecimal("20000"));
		p1.getBudgets().add(b);
		p1.setResponsibleUnit(u1);
		domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource r = domain.getResourceSet().createResource(URI.createFileURI("/tmp/sujarit-bridge-test.sujarit"));
		r.getContents().add(plan);
	}

	private static OrganizationUnit unit(PlanFactory f, String id, String name) {
		OrganizationUnit u = f.createOrganizationUnit();
		u.setId(id);
		u.setName(name);
		return u;
	}

	private static Project project(PlanFactory f, String id, int seq, String name) {
		Project p = f.createProject();
		p.setId(id);
		p.setSeq(seq);
		p.setName(name);
		p.setKind(ProjectKind.PROJECT);
		return p;
	}
}
