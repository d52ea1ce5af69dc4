// Wrong on purpose: the expected panic message is not the one the program panics with.
//@ run-fail

fn main() {
    let v: Vec<i32> = Vec::new();
    if v.is_empty() {
        panic!("nothing to do");
    }
}
