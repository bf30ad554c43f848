package org.sujarit.model.edit.provider.labels;

import org.eclipse.emf.common.notify.Adapter;
import org.sujarit.model.edit.provider.PlanItemProviderAdapterFactory;
import org.sujarit.model.edit.provider.DimensionItemProvider;
import org.sujarit.model.edit.provider.IndicatorItemProvider;
import org.sujarit.model.edit.provider.IndicatorResultItemProvider;
import org.sujarit.model.edit.provider.MissionItemProvider;
import org.sujarit.model.edit.provider.OrganizationItemProvider;
import org.sujarit.model.edit.provider.OrganizationUnitItemProvider;
import org.sujarit.model.edit.provider.PlanItemProvider;
import org.sujarit.model.edit.provider.ProjectItemProvider;
import org.sujarit.model.edit.provider.ProjectResultItemProvider;
import org.sujarit.model.edit.provider.ResultsRoundItemProvider;
import org.sujarit.model.edit.provider.SubMissionItemProvider;
import org.sujarit.model.edit.provider.TargetGroupItemProvider;
import org.sujarit.model.edit.provider.YearBudgetItemProvider;

/**
 * The generated adapter factory with Sujarit's labels ({@link PlanLabels}): each item provider is the generated one
 * with getText() delegating to PlanLabels. Registered for the plan package in plugin.xml, so editors that use EMF's
 * item provider registry (ComposedAdapterFactory with the global descriptor registry) get these labels; code that
 * builds its own factory should instantiate this class, not the generated one. Survives regeneration because it
 * only overrides the generated factory's public create methods.
 */
public class LabelledPlanItemProviderAdapterFactory extends PlanItemProviderAdapterFactory {

	@Override
	public Adapter createPlanAdapter() {
		if (planItemProvider == null) {
			planItemProvider = new PlanItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return planItemProvider;
	}

	@Override
	public Adapter createOrganizationAdapter() {
		if (organizationItemProvider == null) {
			organizationItemProvider = new OrganizationItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return organizationItemProvider;
	}

	@Override
	public Adapter createOrganizationUnitAdapter() {
		if (organizationUnitItemProvider == null) {
			organizationUnitItemProvider = new OrganizationUnitItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return organizationUnitItemProvider;
	}

	@Override
	public Adapter createDimensionAdapter() {
		if (dimensionItemProvider == null) {
			dimensionItemProvider = new DimensionItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return dimensionItemProvider;
	}

	@Override
	public Adapter createMissionAdapter() {
		if (missionItemProvider == null) {
			missionItemProvider = new MissionItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return missionItemProvider;
	}

	@Override
	public Adapter createSubMissionAdapter() {
		if (subMissionItemProvider == null) {
			subMissionItemProvider = new SubMissionItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return subMissionItemProvider;
	}

	@Override
	public Adapter createProjectAdapter() {
		if (projectItemProvider == null) {
			projectItemProvider = new ProjectItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return projectItemProvider;
	}

	@Override
	public Adapter createTargetGroupAdapter() {
		if (targetGroupItemProvider == null) {
			targetGroupItemProvider = new TargetGroupItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return targetGroupItemProvider;
	}

	@Override
	public Adapter createYearBudgetAdapter() {
		if (yearBudgetItemProvider == null) {
			yearBudgetItemProvider = new YearBudgetItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return yearBudgetItemProvider;
	}

	@Override
	public Adapter createIndicatorAdapter() {
		if (indicatorItemProvider == null) {
			indicatorItemProvider = new IndicatorItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return indicatorItemProvider;
	}

	@Override
	public Adapter createResultsRoundAdapter() {
		if (resultsRoundItemProvider == null) {
			resultsRoundItemProvider = new ResultsRoundItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return resultsRoundItemProvider;
	}

	@Override
	public Adapter createProjectResultAdapter() {
		if (projectResultItemProvider == null) {
			projectResultItemProvider = new ProjectResultItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return projectResultItemProvider;
	}

	@Override
	public Adapter createIndicatorResultAdapter() {
		if (indicatorResultItemProvider == null) {
			indicatorResultItemProvider = new IndicatorResultItemProvider(this) {
				@Override
				public String getText(Object object) {
					String text = PlanLabels.text(object);
					return text != null ? text : super.getText(object);
				}
			};
		}
		return indicatorResultItemProvider;
	}
}
