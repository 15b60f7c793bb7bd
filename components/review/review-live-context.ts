"use client";

import { createContext } from "react";

/**
 * Lets any form on the review page tell the page it saved, so the page updates
 * the claim and the article's status in place instead of re-rendering
 * (use-action-runner calls it). `data` is the action's result data.
 */
export const ReviewLiveContext = createContext<{ afterSave: (data: unknown) => void } | null>(null);
