using System.Management.Automation.Language;
using CsCheck;

namespace Provisioner.Mail.Tests;

public sealed class PowerShellLiteralTests
{
    [Fact]
    public void Quote_AnyString_ParsesBackToTheSameValue()
    {
        Gen.String[Gen.OneOf<char>(Gen.Char.AlphaNumeric, Gen.OneOf<char>('\'', '\u2018', '\u2019', '"', '$', '`', '(', ')', '@', ' ', '\n'))].Sample(value =>
        {
            var literal = PowerShellLiteral.Quote(value);
            var ast = Parser.ParseInput(literal, out _, out var errors);
            Assert.Empty(errors);
            var expression = Assert.IsType<StringConstantExpressionAst>(Assert.Single(ast.FindAll(a => a is StringConstantExpressionAst, true)));
            Assert.Equal(value, expression.Value);
        }, iter: 300);
    }

    [Fact]
    public void Array_Empty_IsEmptyArrayLiteral()
    {
        Assert.Equal("@()", PowerShellLiteral.Array([]));
    }

    [Fact]
    public void Boolean_True_IsDollarTrue()
    {
        Assert.Equal("$true", PowerShellLiteral.Boolean(true));
        Assert.Equal("$false", PowerShellLiteral.Boolean(false));
    }
}
