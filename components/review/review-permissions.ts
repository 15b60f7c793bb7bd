import { can, type Actor } from "@/lib/domain/capabilities";

/** What the signed-in person may change on the review page (the server checks again). */
export type ReviewPermissions = {
  canCreateClaim: boolean;
  canEditClaim: boolean;
  canSetVerdict: boolean;
  canAssign: boolean;
  canDeleteClaim: boolean;
  canLinkSource: boolean;
  canComment: boolean;
  canResolveComment: boolean;
};

export function getReviewPermissions(actor: Actor): ReviewPermissions {
  return {
    canCreateClaim: can(actor, "claim:create"),
    canEditClaim: can(actor, "claim:edit"),
    canSetVerdict: can(actor, "claim:set-verdict"),
    canAssign: can(actor, "claim:assign"),
    canDeleteClaim: can(actor, "claim:delete"),
    canLinkSource: can(actor, "source:link"),
    canComment: can(actor, "comment:add"),
    canResolveComment: can(actor, "comment:resolve"),
  };
}
