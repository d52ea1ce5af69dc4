#[derive(Debug, Clone)]
struct Person { name: String, age: u32 }
struct Node { val: i32, next: Option<Box<Node>> }
struct Stack { items: Vec<i32> }
impl Stack {
    fn push(&mut self, x: i32) { self.items.push(x); }
    fn pop(&mut self) -> Option<i32> { self.items.pop() }
    fn peek(&self) -> Option<&i32> { self.items.last() }
    fn len(&self) -> usize { self.items.len() }
    fn drain_all(&mut self) -> Vec<i32> { std::mem::take(&mut self.items) }
    fn twice(&mut self) { self.push(1); self.push(2); let n = self.len(); self.push(n as i32); }
}
fn total(list: &Node) -> i32 {
    let mut cur = list;
    let mut sum = cur.val;
    while let Some(next) = &cur.next {
        sum += next.val;
        cur = next;
    }
    sum
}
fn bump_all(people: &mut Vec<Person>) { for p in people.iter_mut() { p.age += 1; } }
fn oldest(people: &[Person]) -> &Person {
    let mut best = &people[0];
    for p in people { if p.age > best.age { best = p; } }
    best
}
fn main() {
    let mut people = vec![Person { name: String::from("a"), age: 3 }, Person { name: String::from("b"), age: 5 }];
    bump_all(&mut people);
    for p in &mut people { p.age += 1; }
    let o = oldest(&people);
    println!("{}", o.name);
    people.push(Person { name: String::from("c"), ..people[0].clone() });
    let mut st = Stack { items: Vec::new() };
    st.twice();
    while let Some(x) = st.pop() { if x > 1 { st.push(x - 1); } }
    if let Some(top) = st.peek() { println!("{}", top); }
    st.push(4);
    let all = st.drain_all();
    println!("{:?} {}", all, st.len());
    let list = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    println!("{}", total(&list));
    let mut v = vec![1, 1];
    for i in 2..10 { let n = v[i - 1] + v[i - 2]; v.push(n); }
    let last = v.len() - 1;
    v[last] = 0;
    let l2 = v.len();
    v[l2 - 2] += 1;
    v.swap(0, 1);
    let mut s = String::from("x");
    s = s + "y";
    s += "z";
    let t = String::from("w");
    s += &t;
    s.push_str(&t);
    println!("{} {}", s, t);
    let mut count = 0;

    let p = Person { name: String::from("d"), age: 1 };
    let Person { name, age } = p;
    println!("{} {}", name, age);
    let q = Person { name: String::from("e"), age: 2 };
    let n2 = q.name.clone();
    let moved_name = q.name;
    println!("{} {} {}", n2, moved_name, q.age);
    let mut arr = [1, 2, 3];
    let (a0, a1) = (arr[0], arr[1]);
    arr[2] = a0 + a1;
    let mut maybe: Option<String> = None;
    for i in 0..3 {
        if i == 1 { maybe = Some(format!("{}", i)); }
    }
    if let Some(m) = maybe { println!("{}", m); }
    let words = vec!["a", "b"];
    let mut longest_w = "";
    for w in &words { if w.len() >= longest_w.len() { longest_w = w; } }
    println!("{}", longest_w);
    count += 1;
    println!("{}", count);
}
