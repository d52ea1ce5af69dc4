// Which call allocated each heap block: blocks that std's own code allocates while a call from this
// program runs (collect, join, to_string) are put down to that call, at its line; a block that grew is
// its operation's growth.
fn main() {
    let v: Vec<i32> = (1..5).map(|x| x * 2).collect();
    let w = vec!["a", "b"];
    let s = w.join("-");
    let mut t = String::new();
    for i in 0..3 {
        t.push_str(&i.to_string());
    }
    t.push_str("0123456789");
    let u = v.iter().map(|x| x.to_string()).collect::<Vec<String>>();
    let n = v.len() + s.len() + t.len() + u.len(); // @dump
    println!("{}", n);
}
