package org.sujarit.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.Options;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.sujarit.cli.CliApplication;
import org.sujarit.cli.CliCommand;
import org.sujarit.cli.CliContext;
import org.sujarit.cli.Messages;
import org.sujarit.cli.UsageException;
import org.sujarit.model.Plan;
import org.sujarit.model.io.PlanResources;
import org.sujarit.publish.SitePublisher;

/**
 * {@code ./sujarit publish --plan FILE [--plan FILE2 …] [--base-url URL] --out DIR}: the public website
 * (org.sujarit.publish). The output folder is checked before the plans are read, and every plan is read before
 * anything is written.
 */
public final class PublishCommand implements CliCommand {

	@Override
	public void defineOptions(Options options) {
		for (String name : new String[] { "plan", "meeting", "base-url", "out" }) {
			options.addOption(CliCommand.value(name));
		}
	}

	@Override
	public int run(CliContext o) throws Exception {
		List<String> planArgs = o.all("plan");
		if (planArgs.isEmpty()) {
			o.require("plan");
		}
		if (!o.all("meeting").isEmpty()) {
			// extension point: org.sujarit.publish.DocumentSource, once the meeting-pack bundle is on main
			throw new UsageException(Messages.PublishNoMeetings);
		}
		Path dir = Path.of(o.require("out"));
		SitePublisher.checkTarget(dir);
		List<Plan> plans = new ArrayList<>();
		for (String f : planArgs) {
			plans.add(PlanResources.loadPlan(CliContext.existingFileNamed(f)));
		}
		SitePublisher.Result r = SitePublisher.publish(plans, List.of(), dir, o.get("base-url"),
				new NullProgressMonitor());
		o.out().println(r.message(Locale.getDefault()));
		return CliApplication.OK;
	}
}
