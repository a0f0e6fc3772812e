package com.allaccessartist.service;

import com.allaccessartist.domain.AppException;

/** Work stopped at the person's request; everything it had done was rolled back. */
public class CancelledException extends AppException {

    public CancelledException() {
        super("task.cancelled");
    }
}
