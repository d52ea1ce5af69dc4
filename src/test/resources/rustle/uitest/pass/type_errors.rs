// Type errors, annotated in each of the forms: same line, lines above, and same line again.
//@ check-fail

fn main() {
    let n: i32 = "five"; //~ ERROR E0308
    let word = String::from("hi");
    word.shout();
    //~^ ERROR no method named `shout`
    let pair: (i32, bool) = (true, 1); //~ ERROR mismatched types
    //~| ERROR E0308
    let size: usize = n;
    // Three carets reach three lines up, past this comment
    // and this one, to the `let` above.
    //~^^^ ERROR E0308
    println!("{} {:?} {}", n, pair, size);
}
