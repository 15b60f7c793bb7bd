import { z } from "zod";

export const markNotificationReadSchema = z.strictObject({ notificationId: z.uuid("Unknown notification.") });
