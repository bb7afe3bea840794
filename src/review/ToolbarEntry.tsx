import { lazy, Suspense } from "react";
import { useIncursionStore } from "../store/store";
import "./review.css";

const ReviewTools = lazy(() => import("./ReviewTools"));

/** The editors' review mode: off for readers, on from here or with `?review=1`. */
export default function ReviewToolbarEntry() {
  const reviewMode = useIncursionStore((s) => s.reviewMode);
  return (
    <div className="review-entry">
      <button type="button" aria-pressed={reviewMode} data-testid="toggle-review" onClick={() => useIncursionStore.getState().setReviewMode(!reviewMode)}>
        Review
      </button>
      {reviewMode && (
        <Suspense fallback={null}>
          <ReviewTools />
        </Suspense>
      )}
    </div>
  );
}
