Console.WriteLine("TriviaBot");
