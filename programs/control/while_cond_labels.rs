// A `while` loop's label is in scope in its own condition: `break 'l` there leaves the loop (rustle
// said E0426, undeclared label), `continue 'l` evaluates the condition again, and a break in an inner
// loop's condition may name an outer loop.
fn main() {
    let mut n = 0;
    'l: while break 'l {}
    println!("after empty loop");
    'a: while {
        n += 1;
        if n % 2 == 1 && n < 6 {
            continue 'a;
        }
        if n > 7 {
            break 'a;
        }
        true
    } {
        println!("body {}", n);
    }
    'outer: loop {
        while break 'outer {}
    }
    println!("done {}", n);
}
