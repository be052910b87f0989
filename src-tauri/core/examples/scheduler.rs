//! What the scheduler work of issue #13 buys, measured on a simulated learner
//! whose memory follows FSRS-6 with known parameters that are not the
//! defaults (examples/support/learner.rs). Prints figures, judges nothing:
//!
//! 1. how well the default and the fitted parameters predict held-out reviews
//!    (other questions of the same learner) after 500, 2,000 and 10,000 reviews;
//! 2. the learner's recall on an interview day 30 days out, studying with the
//!    engine on the embedded bank, with and without the interview-day rule;
//! 3. how long a fit takes on 10,000 and 100,000 reviews;
//! 4. the due-review forecast after ~2,000 questions were studied, with the
//!    engine's placement and with plain FSRS intervals.
//!
//! cargo run --release -p pyprep-core --example scheduler

#[path = "support/bank.rs"]
mod bank;
#[path = "support/learner.rs"]
mod learner;
#[path = "support/plain.rs"]
mod plain;
#[path = "support/study.rs"]
mod study;

use std::time::Instant;

use chrono::{DateTime, Duration, FixedOffset};
use pyprep_core::clock::{Clock, ManualClock};
use pyprep_core::content::{embedded, Bank};
use pyprep_core::scheduler::day::{date_of_day, day_number};
use pyprep_core::scheduler::optimizer::{fit, Evaluation, Fit, TrainingSet};
use pyprep_core::scheduler::Model;
use pyprep_core::stats::StatsRange;
use pyprep_core::{Engine, Settings};
use study::Student;

type Histories = Vec<Vec<(u8, i64)>>;

const INTERVIEW_IN_DAYS: i64 = 30;
const FORECAST_DAYS: usize = 60;
/// The learners (seeds) of the interview figures, averaged.
const LEARNERS: [u64; 3] = [21, 22, 23];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let started = Instant::now();
    let fitted = held_out_accuracy()?;
    interview(&fitted)?;
    fit_times()?;
    load_balancing()?;
    println!("\nall done in {:.0} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// Figure 1: Fitted on the even questions' first N reviews, evaluated on the odd
/// questions' reviews over the same days. Returns the fit on 10,000 reviews.
fn held_out_accuracy() -> Result<Fit, Box<dyn std::error::Error>> {
    println!("1. Default vs fitted parameters, evaluated on held-out questions (lower is better)");
    println!("   learner: 20 new questions a day; fit on even questions, evaluate on odd ones, same days\n");
    let (train, held_out): (Vec<_>, Vec<_>) = learner::histories(4_000, 20, 250, 7)
        .into_iter()
        .enumerate()
        .partition(|(index, _)| index % 2 == 0);
    let strip = |pairs: Vec<(usize, Vec<(u8, i64)>)>| -> Histories { pairs.into_iter().map(|(_, h)| h).collect() };
    let (train, held_out) = (strip(train), strip(held_out));
    let truth = Model::new(learner::true_parameters())?;
    println!(
        "   {:>7} {:>8} {:>5} | {:>8} {:>8} {:>7} {:>8} | {:>7} {:>7} {:>7} | {:>6}",
        "fit on", "held out", "days", "LL def", "LL fit", "gain", "LL true", "RMSE df", "RMSE ft", "gain", "fit ms"
    );
    let mut last_fit = None;
    for target in [500, 2_000, 10_000] {
        let last_day = day_of_review(&train, target);
        let train_set = TrainingSet::from_histories(&until(&train, last_day));
        let test_set = TrainingSet::from_histories(&until(&held_out, last_day));
        let started = Instant::now();
        let result = fit(&train_set, String::new())?;
        let millis = started.elapsed().as_secs_f64() * 1000.0;
        let evaluate = |model: &Model| -> Result<Evaluation, Box<dyn std::error::Error>> {
            Ok(test_set.evaluate(model)?.ok_or("nothing to evaluate")?)
        };
        let default = evaluate(&Model::default())?;
        let fitted = evaluate(&Model::new(result.parameters.clone())?)?;
        let best = evaluate(&truth)?;
        let gain = |before: f32, after: f32| format!("{:+.1}%", (before - after) / before * 100.0);
        println!(
            "   {:>7} {:>8} {:>5} | {:>8.4} {:>8.4} {:>7} {:>8.4} | {:>7.4} {:>7.4} {:>7} | {:>6.0}",
            train_set.reviews(),
            test_set.reviews(),
            last_day + 1,
            default.log_loss,
            fitted.log_loss,
            gain(default.log_loss, fitted.log_loss),
            best.log_loss,
            default.rmse,
            fitted.rmse,
            gain(default.rmse, fitted.rmse),
            millis
        );
        last_fit = Some(result);
    }
    println!("   (gain: how much lower the fitted figure is; LL true: the learner's own parameters, the floor)");
    let last_fit = last_fit.expect("three fits");
    println!("\n   parameters   w0     w1     w2     w3     w4    w8    w20");
    for (label, parameters) in [
        ("default", fsrs::DEFAULT_PARAMETERS.to_vec()),
        ("learner", learner::true_parameters()),
        ("fit 10k", last_fit.parameters.clone()),
    ] {
        let shown: Vec<String> = [0, 1, 2, 3, 4, 8, 20]
            .iter()
            .map(|&i| format!("{:>6.2}", parameters[i]))
            .collect();
        println!("   {label:<9}{}", shown.join(" "));
    }
    Ok(last_fit)
}

/// The day of the `count`-th review, in day order.
fn day_of_review(histories: &Histories, count: usize) -> i64 {
    let mut days: Vec<i64> = histories.iter().flatten().map(|(_, day)| *day).collect();
    days.sort_unstable();
    days[count.min(days.len()) - 1]
}

/// The histories as they stood at the end of `last_day`.
fn until(histories: &Histories, last_day: i64) -> Histories {
    histories
        .iter()
        .map(|history| {
            history
                .iter()
                .copied()
                .filter(|(_, day)| *day <= last_day)
                .collect::<Vec<_>>()
        })
        .filter(|history| !history.is_empty())
        .collect()
}

/// What one 30-day preparation gave, summed over the learners.
#[derive(Default)]
struct Preparation {
    /// Recall on the interview day over the questions studied: the model's and the learner's.
    predicted: f32,
    simulated: f32,
    new: u32,
    reviews: u32,
    largest_day: u32,
    /// Answers on the last three days before the interview.
    last_days: u32,
}

/// Figure 2: Thirty days of study on the embedded bank, the interview on day 30.
fn interview(fitted: &Fit) -> Result<(), Box<dyn std::error::Error>> {
    let bank = embedded::bank()?;
    let new_per_day = bank.questions.len().div_ceil(INTERVIEW_IN_DAYS as usize) as u32;
    println!("\n2. Interview {INTERVIEW_IN_DAYS} days out: the learner studies every day's queue with the engine");
    println!(
        "   embedded bank, {} questions, {new_per_day} new a day either way (all seen before the day); recall on",
        bank.questions.len()
    );
    println!(
        "   the interview day (before studying) over the questions studied; means of {} learners (seeds)\n",
        LEARNERS.len()
    );
    println!(
        "   {:<40} {:>9} {:>9} {:>6} {:>8} {:>8} {:>7}",
        "engine", "predicted", "simulated", "new", "reviews", "largest", "last 3"
    );
    let mean = |sum: u32| f64::from(sum) / LEARNERS.len() as f64;
    for (label, parameters) in [("default parameters", None), ("fitted on 10,000 reviews", Some(fitted))] {
        let mut runs = Vec::new();
        for rule in [false, true] {
            let mut run = Preparation::default();
            let mut simulated = Vec::new();
            for seed in LEARNERS {
                let one = prepare(&bank, new_per_day, parameters, rule, seed)?;
                simulated.push(one.simulated);
                run.predicted += one.predicted / LEARNERS.len() as f32;
                run.simulated += one.simulated / LEARNERS.len() as f32;
                run.new += one.new;
                run.reviews += one.reviews;
                run.largest_day += one.largest_day;
                run.last_days += one.last_days;
            }
            let name = format!("{label}, {}", if rule { "interview rule" } else { "no date" });
            println!(
                "   {name:<40} {:>8.1}% {:>8.1}% {:>6.0} {:>8.0} {:>8.0} {:>7.0}",
                run.predicted * 100.0,
                run.simulated * 100.0,
                mean(run.new),
                mean(run.reviews),
                mean(run.largest_day),
                mean(run.last_days)
            );
            runs.push((run, simulated));
        }
        let ((without, free), (with, ruled)) = (&runs[0], &runs[1]);
        let per_learner: Vec<String> = ruled
            .iter()
            .zip(free)
            .map(|(with, without)| format!("{:+.1}", (with - without) * 100.0))
            .collect();
        println!(
            "   {:<40} {:>+8.1}p {:>+8.1}p {:>6} {:>+8.0} {:>+8.0} {:>+7.0}",
            "  the rule's gain / cost",
            (with.predicted - without.predicted) * 100.0,
            (with.simulated - without.simulated) * 100.0,
            "",
            mean(with.reviews) - mean(without.reviews),
            mean(with.largest_day) - mean(without.largest_day),
            mean(with.last_days) - mean(without.last_days)
        );
        println!(
            "   {:<40} {:+.1}% reviews; recall gain per learner {}p",
            "",
            (f64::from(with.reviews) / f64::from(without.reviews) - 1.0) * 100.0,
            per_learner.join(" ")
        );
    }
    println!("   (p: percentage points; reviews: answers to questions seen before; largest: most answers on one");
    println!("   day; last 3: answers on the three days before the interview)");
    Ok(())
}

fn prepare(
    bank: &Bank,
    new_per_day: u32,
    fitted: Option<&Fit>,
    rule: bool,
    seed: u64,
) -> Result<Preparation, Box<dyn std::error::Error>> {
    let clock = ManualClock::new(start());
    let mut engine = Engine::in_memory(bank, Box::new(clock.clone()))?;
    let interview_day = today(&clock) + INTERVIEW_IN_DAYS;
    engine.set_settings(Settings {
        new_per_day,
        interview_date: rule.then(|| date_of_day(interview_day)),
        ..Settings::default()
    })?;
    let mut model = Model::default();
    if let Some(fit) = fitted {
        if !engine.record_fit(fit.clone(), true)?.using_fitted {
            return Err("the engine did not adopt the fitted parameters".into());
        }
        model = Model::new(fit.parameters.clone())?;
    }
    let mut student = Student::new(seed);
    let mut run = Preparation::default();
    for days_left in (1..=INTERVIEW_IN_DAYS).rev() {
        let day = student.study_day(&mut engine, today(&clock))?;
        run.new += day.new;
        run.reviews += day.reviews;
        run.largest_day = run.largest_day.max(day.new + day.reviews);
        if days_left <= 3 {
            run.last_days += day.new + day.reviews;
        }
        clock.advance(Duration::days(1));
    }
    let cards = engine.export_progress()?.cards;
    let predicted: f64 = cards
        .iter()
        .map(|card| f64::from(model.recall(card.stability, card.difficulty, interview_day - card.last_day)))
        .sum();
    run.predicted = (predicted / cards.len().max(1) as f64) as f32;
    run.simulated = student.recall_on(interview_day);
    Ok(run)
}

/// Figure 3: Fit times on the learner's first 10,000 and 100,000 reviews.
fn fit_times() -> Result<(), Box<dyn std::error::Error>> {
    println!("\n3. Optimizer time (optimizer::fit: the fit and the evaluation of both parameter sets)\n");
    let started = Instant::now();
    let histories = learner::histories(20_000, 40, 500, 13);
    println!(
        "   (simulated {} reviews of {} questions in {:.1} s)",
        histories.iter().map(Vec::len).sum::<usize>(),
        histories.len(),
        started.elapsed().as_secs_f64()
    );
    for target in [10_000, 100_000] {
        let set = TrainingSet::from_histories(&until(&histories, day_of_review(&histories, target)));
        let mut times = Vec::new();
        let mut result = None;
        for _ in 0..3 {
            let started = Instant::now();
            result = Some(fit(&set, String::new())?);
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        let result = result.expect("three fits");
        times.sort_by(f64::total_cmp);
        println!(
            "   {:>7} reviews: median {:>7.0} ms (min {:.0}, max {:.0})   log loss {:.4} -> {:.4} on them",
            set.reviews(),
            times[1],
            times[0],
            times[2],
            result.defaults.log_loss,
            result.fitted.map_or(f32::NAN, |fitted| fitted.log_loss)
        );
    }
    Ok(())
}

/// Figure 4: The forecast after 2,000 questions were studied: with the engine's
/// placement, and for the same learner on plain FSRS intervals.
fn load_balancing() -> Result<(), Box<dyn std::error::Error>> {
    const QUESTIONS: usize = 2_000;
    const NEW_PER_DAY: u32 = 25;
    let days = QUESTIONS as i64 / i64::from(NEW_PER_DAY);
    println!("\n4. Load balancing: reviews due on each of the next {FORECAST_DAYS} days");
    println!("   after {QUESTIONS} generated questions were studied, {NEW_PER_DAY} new a day for {days} days\n");
    let started = Instant::now();
    let clock = ManualClock::new(start());
    let mut engine = Engine::in_memory(&bank::generated(QUESTIONS, 20), Box::new(clock.clone()))?;
    engine.set_settings(Settings {
        new_per_day: NEW_PER_DAY,
        reviews_per_day: 9999,
        ..Settings::default()
    })?;
    let mut student = Student::new(33);
    let mut answers = 0;
    for _ in 0..days {
        let day = student.study_day(&mut engine, today(&clock))?;
        answers += day.new + day.reviews;
        clock.advance(Duration::days(1));
    }
    let placed: Vec<u32> = engine.progress(StatsRange::Month, None)?.forecast[..FORECAST_DAYS].to_vec();
    // Each answer's interval as placed, against FSRS's own for the same answer.
    let (mut placed_days, mut fsrs_days) = (0, 0);
    for review in engine.export_progress()?.reviews {
        let outcomes = Model::default().outcomes(review.prev_card.as_ref(), review.day, 0.9)?;
        placed_days += review.interval_days;
        fsrs_days += outcomes[usize::from(review.grade - 1)].interval_days;
    }
    println!(
        "   placement (the engine): {answers} answers, studied in {:.0} s; placed intervals vs FSRS's own, summed: {:+.1}%",
        started.elapsed().as_secs_f64(),
        (placed_days as f64 / fsrs_days as f64 - 1.0) * 100.0
    );
    let (due_days, plain_answers) = plain::due_days(QUESTIONS, NEW_PER_DAY as usize, days, 33);
    let mut plain = vec![0u32; FORECAST_DAYS];
    for due in due_days {
        if let Some(count) = plain.get_mut((due - days).max(0) as usize) {
            *count += 1;
        }
    }
    println!("   plain FSRS intervals (no fuzz, no least-loaded day): {plain_answers} answers\n");
    for (label, forecast) in [("placement", &placed), ("plain", &plain)] {
        for (row, chunk) in forecast.chunks(15).enumerate() {
            let counts: Vec<String> = chunk.iter().map(|count| format!("{count:>4}")).collect();
            let (first, last) = (row * 15, row * 15 + chunk.len() - 1);
            println!("   {label:<9} days {first:>2}-{last:>2} {}", counts.join(""));
        }
    }
    let summary = |forecast: &[u32]| {
        let largest = forecast.iter().copied().max().unwrap_or(0);
        let day = forecast.iter().position(|count| *count == largest).unwrap_or(0);
        let later = forecast[3..].iter().copied().max().unwrap_or(0);
        let mean = forecast.iter().sum::<u32>() as f64 / forecast.len() as f64;
        let steps = forecast.windows(2).map(|pair| pair[0].abs_diff(pair[1])).sum::<u32>();
        format!(
            "largest day {largest:>4} (day {day}), largest from day 3 on {later:>4}, mean {mean:>5.1}, \
             day-to-day change {:>4.1}",
            f64::from(steps) / (forecast.len() - 1) as f64
        )
    };
    println!("\n   placement: {}", summary(&placed));
    println!("   plain:     {}", summary(&plain));
    Ok(())
}

/// 10:00 in New York (winter time) on Monday, 2 March 2026.
fn start() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-03-02T10:00:00-05:00").expect("a date")
}

fn today(clock: &ManualClock) -> i64 {
    day_number(clock.now(), Settings::default().rollover_hour)
}
