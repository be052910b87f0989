//! Statistics over the review log.

mod streak;
