//! Two questions must not ask the same thing: titles that share most of their
//! content words are rejected across the whole bank.

use super::bank;

/// Two titles ask nearly the same thing when they share most of their content words.
const SAME_QUESTION_OVERLAP: f64 = 0.7;

const FILLER_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "between", "by", "can", "do", "does", "for", "from", "how", "i", "in",
    "into", "is", "it", "its", "of", "on", "or", "python", "should", "that", "the", "this", "to", "use", "using", "vs",
    "what", "when", "where", "which", "why", "with", "would", "you", "your",
];

fn title_words(title: &str) -> std::collections::BTreeSet<String> {
    title
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|word| word.len() > 1 && !FILLER_WORDS.contains(word))
        .map(|word| match word.strip_suffix('s') {
            Some(stem) if stem.len() > 3 && !stem.ends_with('s') => stem.to_owned(),
            _ => word.to_owned(),
        })
        .collect()
}

fn title_overlap(a: &str, b: &str) -> f64 {
    let (a, b) = (title_words(a), title_words(b));
    let union = a.union(&b).count();
    if union == 0 {
        return 1.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

#[test]
fn no_two_questions_in_the_bank_ask_the_same_thing() {
    let bank = bank();
    let mut clashes = Vec::new();
    for (index, first) in bank.questions.iter().enumerate() {
        for second in &bank.questions[index + 1..] {
            let overlap = title_overlap(&first.title, &second.title);
            if overlap >= SAME_QUESTION_OVERLAP {
                clashes.push(format!(
                    "content/{} and content/{} ask nearly the same question ({:.0}% of title words shared):\n  {}\n  {}",
                    first.path,
                    second.path,
                    overlap * 100.0,
                    first.title,
                    second.title
                ));
            }
        }
    }
    assert!(clashes.is_empty(), "{}", clashes.join("\n"));
}

#[test]
fn near_same_titles_are_recognised() {
    assert!(title_overlap("What is the GIL?", "What's the GIL in Python?") >= SAME_QUESTION_OVERLAP);
    assert!(
        title_overlap(
            "What is the difference between a list and a tuple?",
            "List vs tuple: what is the difference?"
        ) >= SAME_QUESTION_OVERLAP
    );
    assert!(title_overlap("How do dict lookups work?", "How does a deque append work?") < SAME_QUESTION_OVERLAP);
}
