"use client";

import { useState, type ChangeEvent } from "react";
import { uploadTooLargeMessage } from "@/lib/domain/import/upload-size";

/**
 * Refuses a file over the upload limit as soon as it is chosen, before it is
 * sent: past Next's body limit the server never gets to say why.
 */
export function useUploadSizeCheck() {
  const [sizeError, setSizeError] = useState<string | null>(null);
  function onFileChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    const message = file ? uploadTooLargeMessage(file.size) : null;
    // An invalid input stops the form from submitting, as `required` does.
    event.currentTarget.setCustomValidity(message ?? "");
    setSizeError(message);
  }
  return { sizeError, onFileChange };
}
