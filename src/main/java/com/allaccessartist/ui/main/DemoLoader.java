package com.allaccessartist.ui.main;

import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.ProgressListener;
import com.allaccessartist.service.demo.DemoRequest;
import com.allaccessartist.service.demo.DemoSummary;

/** Loads the demo catalogue (the demo service's use case, as the menu command needs it). */
@FunctionalInterface
public interface DemoLoader {

    DemoSummary load(DemoRequest request, ProgressListener progress, CancellationToken cancellation);
}
