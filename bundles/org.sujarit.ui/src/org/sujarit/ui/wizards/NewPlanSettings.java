package org.sujarit.ui.wizards;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.model.OrganizationKind;

/** What the new-plan wizard asks for ({@code framework} may be null: start empty). */
public record NewPlanSettings(Path file, String organizationName, String shortName, OrganizationKind kind, String province,
		int firstYear, int lastYear, BigDecimal annualBudgetExclSubsidies, FrameworkDescriptor framework) {
}
