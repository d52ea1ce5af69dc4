// Popping an empty Vec gives None; this program panics on it, and a panic in main exits with 101.
//@ run-fail

fn pop(stack: &mut Vec<i32>) -> i32 {
    match stack.pop() {
        Some(top) => top,
        None => panic!("popped an empty stack"),
    }
}

fn main() {
    let mut stack = vec![1, 2];
    for _ in 0..3 {
        println!("popped {}", pop(&mut stack));
    }
}
