// Wrong on purpose: a missing method is E0599, not E0308.

fn main() {
    let word = String::from("hi");
    word.shout(); //~ ERROR E0308
}
