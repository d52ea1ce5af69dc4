struct W<'a> { v: &'a mut Vec<i32> }
impl<'a> W<'a> {
    fn add(&mut self, x: i32) { self.v.push(x); }
    fn len(&self) -> usize { self.v.len() }
}
enum State { Idle, Running { ticks: u32 }, Done(String) }
struct Machine { state: State, log: Vec<String> }
impl Machine {
    fn step(&mut self) {
        match &mut self.state {
            State::Idle => self.state = State::Running { ticks: 0 },
            State::Running { ticks } => {
                *ticks += 1;
                if *ticks > 2 { self.state = State::Done(String::from("ok")); }
            }
            State::Done(msg) => self.log.push(msg.clone()),
        }
    }
}
fn first_mut(v: &mut Vec<i32>) -> &mut i32 { &mut v[0] }
fn main() {
    let mut v = vec![1];
    let r = &v;
    if r.len() > 5 { println!("{}", r[0]); } else { v.push(1); }
    let mut s = String::new();
    for _ in 0..3 { let rs = &mut s; rs.push('a'); }
    let f = first_mut(&mut v);
    *f += 1;
    v.push(2);
    let mut w = W { v: &mut v };
    w.add(1);
    w.add(2);
    println!("{}", w.len());
    v.push(3);
    let mut i = 0;
    while i < v.len() { if v[i] == 1 { v.remove(i); } else { i += 1; } }
    let mut names = vec![String::from("a")];
    let first = names[0].clone();
    names.push(first);
    names.push(names[0].clone());
    let mut st = String::from("x");
    st.push_str(&st.clone());
    let l = st.len();
    st.truncate(l - 1);
    let mut m = Machine { state: State::Idle, log: Vec::new() };
    for _ in 0..5 { m.step(); }
    println!("{} {:?}", m.log.len(), v);
    let mut total = 0;
    let nums = [1, 2, 3];
    for n in nums.iter() { total += n; }
    for n in &nums { total += *n; }
    let mut arr = [1, 2, 3];
    for x in arr.iter_mut() { *x += 1; }
    for x in &mut arr { *x *= 2; }
    println!("{} {:?}", total, arr);
    let text = String::from("a b c");
    let mut count = 0;
    for ch in text.chars() { if ch == ' ' { count += 1; } }
    let upper = text.to_uppercase();
    println!("{} {}", count, upper);
    let mut opt: Option<String> = Some(String::from("v"));
    while let Some(val) = opt.take() { println!("{}", val); }
    let mut stack = vec![vec![1], vec![2, 3]];
    while let Some(mut top) = stack.pop() { top.push(0); if top.len() < 2 { stack.push(top); } }
}
