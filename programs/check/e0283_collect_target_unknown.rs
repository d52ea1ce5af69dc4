// A `collect` whose target nothing names is rustc's E0283 (it cannot pick a FromIterator impl),
// reported at the binding with the call as the obligation's site.
fn main() {
    let words = vec!["a", "b"];
    let upper = words.iter().map(|w| w.to_uppercase()).collect(); //~ ERROR E0283
    println!("{:?}", upper);
}
