#[derive(Debug)]
enum Message {
    Write(String),
    Move { x: i32, y: i32 },
    Pair(String, String),
}
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let msg = Message::Write(String::from("hi"));
    match msg {
        Message::Write(text) => println!("text {}", text),
        Message::Move { x, y } => println!("{} {}", x, y),
        Message::Pair(a, _) => println!("{}", a),
    }
    let p = Message::Pair(String::from("l"), String::from("r"));
    if let Message::Pair(a, _) = p {
        println!("a {}", a);
    }
    let pair = (D("first"), D("second"));
    if let (f, _) = pair {
        println!("got {}", f.0);
    }
    let arr = [D("x"), D("y")];
    match arr {
        [a, _] => println!("arr {}", a.0),
    }
    println!("end");
}
