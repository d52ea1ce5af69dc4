// A String moves into a function, which owns it from then on and frees it when it returns.

fn shout(s: String) -> usize {
    println!("{}!", s.to_uppercase());
    s.len()
}

fn main() {
    let greeting = String::from("hello");
    let copy = greeting.clone();
    let n = shout(greeting);
    println!("{} had {} bytes", copy, n);
}
